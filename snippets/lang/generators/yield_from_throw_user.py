# gen.throw() through `yield from` to an object with its own throw(): the
# arguments reach it as given (a class stays a class, a non-exception is
# not refused), and what it returns is yielded.
class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def throw(self, *args):
        print("throw got", args)
        if args and args[0] == "stop":
            raise StopIteration("finished")
        return "thrown"


def outer():
    result = yield from Echo()
    print("yield from returned", result)
    yield "after"


def nested():
    yield from outer()


g = outer()
print(next(g))
print(g.throw(123))
print(g.throw(KeyError))
print(g.throw(ValueError, "v"))
print(g.throw("stop"))

n = nested()
print(next(n))
print(n.throw(3.5))
n.close()


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def plain():
    yield from NoThrow()


p = plain()
next(p)
try:
    p.throw(42)
except TypeError as e:
    print("TypeError:", e)

# A suspended generator that is discarded is closed then: its finally and with blocks run, errors are "Exception ignored"; at exit the ones still referenced are closed
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__)


def lines(name):
    with Resource(name):
        yield from ["first", "second", "third"]


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


def first(iterable):
    for item in iterable:
        return item


for line in lines("log.txt"):
    print(line)
    break
print("after the loop")
print(first(numbers("first()")), "is the first number")
print(next(numbers("temporary")), "from a temporary")
g = numbers("rebound")
next(g)
g = None
print("after rebinding")


def broken():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


b = broken()
next(b)
del b
print("after del")
kept = numbers("kept until exit")
next(kept)
pending = [numbers("in a list")]
next(pending[0])
print("end of script")

# yield from passes send, throw and close to the delegate, and returns its return value.
def inner():
    try:
        received = yield "inner 1"
        print("inner received", received)
        yield "inner 2"
    except KeyError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer"

g = outer()
print(next(g), g.gi_yieldfrom is not None)
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "done"))

g = outer()
next(g)
g.close()
print("closed through yield from")

class Delegate:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom result")
        return self.n
    def send(self, v):
        print("Delegate.send", v)
        return self.__next__()
    def throw(self, e):
        print("Delegate.throw", repr(e))
        return "throw handled"
    def close(self):
        print("Delegate.close")

def uses_custom():
    r = yield from Delegate()
    print("custom returned", r)
    yield "end"

g = uses_custom()
print(next(g), g.send("x"), g.throw(ValueError("v")))
print(next(g), next(g, "stop"))
g = uses_custom()
next(g)
g.close()

def over_list():
    yield from [1, 2]
g = over_list()
next(g)
try:
    g.send("not None")
except AttributeError as e:
    print("AttributeError:", e)

def chain(n):
    if n:
        return (yield from chain(n - 1)) + 1
    yield "bottom"
    return 0
g = chain(50)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("depth", e.value)

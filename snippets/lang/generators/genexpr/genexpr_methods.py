# A generator expression is a real generator: send, throw, close and its attributes.
g = (x * 10 for x in range(5))
print(repr(g).split(" at ")[0], g.__qualname__)
print(g.gi_running, g.gi_suspended)
print(g.send(None), g.send("ignored"), g.gi_suspended)
try:
    g.throw(ValueError("thrown in"))
except ValueError as e:
    print("raised back:", e)
print(list(g))

g = (x for x in "abc")
print(next(g))
g.close()
print("after close:", list(g))

def make():
    return (c.upper() for c in "hi")
print(repr(make()).split(" at ")[0])

class Holder:
    gen = (n for n in range(2))
print(repr(Holder.gen).split(" at ")[0], list(Holder.gen))

g = (x for x in [1, 2])
print(iter(g) is g, type(g) is type(make()))
def selfish():
    g = (next(g) for _ in range(1))
    return g
try:
    list(selfish())
except ValueError as e:
    print("ValueError:", e)

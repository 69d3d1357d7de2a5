# Generators take their function's names and can be renamed; closure cells keep their identity; a function's __dict__ can be replaced with a dict
def outer():
    x = 1
    def inner():
        return x
    return inner

g = outer()
print(g.__closure__ is g.__closure__, g.__closure__[0] is g.__closure__[0])
print(g.__closure__[0].cell_contents)

def gen():
    yield 1

gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
it = gen()
print(it.__name__, it.__qualname__)
it.__name__ = "zz"
it.__qualname__ = "q.zz"
print(it.__name__, it.__qualname__, repr(it).split(" at ")[0])
for attr, value in [("__name__", 3), ("__qualname__", None)]:
    try:
        setattr(it, attr, value)
    except TypeError as e:
        print(type(e).__name__, e)

def h():
    pass

h.keep = 1
h.__dict__ = {"a": 1, "b": 2}
print(h.a, h.b, hasattr(h, "keep"), sorted(h.__dict__))
try:
    h.__dict__ = 5
except TypeError as e:
    print(e)
try:
    del h.__dict__
except TypeError as e:
    print(e)

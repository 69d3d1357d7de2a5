# function introspection: __name__, __qualname__, __doc__, __module__, __defaults__, __kwdefaults__ and attributes set on functions.
def greet(name, greeting="hi", *, punct="!", loud=False):
    """Greet someone.

    Returns a string."""
    return greeting + " " + name + punct

print(greet.__name__, greet.__qualname__, greet.__module__)
print(repr(greet.__doc__))
print(greet.__defaults__, greet.__kwdefaults__)

def bare(a):
    return a
print(bare.__doc__, bare.__defaults__, bare.__kwdefaults__, bare.__dict__)

class Shape:
    def area(self):
        "Area of the shape."
        return 0
    class Inner:
        def f(self):
            def g():
                pass
            return g

print(Shape.area.__qualname__, Shape.area.__doc__, Shape.Inner.f.__qualname__, Shape.Inner().f().__qualname__)
f = lambda x: x
print(f.__name__, f.__qualname__, f.__doc__)

bare.calls = 0
bare.calls += 1
print(bare.calls, bare.__dict__)
bare.__name__ = "renamed"
bare.__qualname__ = "Renamed.bare"
bare.__doc__ = "new doc"
print(bare.__name__, bare.__qualname__, bare.__doc__, "<function Renamed.bare at" in repr(bare))
for bad in (1, None):
    try:
        bare.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    bare.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)
print(type(greet.__globals__), greet.__globals__["greet"] is greet, greet.__globals__["__name__"])

# Function objects: names, qualified names, docstrings, defaults and attribute dictionaries.
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer function.

    It has a longer docstring.
    """
    def inner(x=None):
        "Inner docstring."
        return x
    return inner

inner = outer(1, c=3)
print(outer.__name__, outer.__qualname__, inner.__qualname__, outer.__module__)
print(repr(outer.__doc__), inner.__doc__, outer.__defaults__, outer.__kwdefaults__, inner.__defaults__)

class Shape:
    """A shape."""

    def area(self):
        """Area in square units."""
        return 0

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def make(cls):
        return cls()

    class Nested:
        def method(self):
            pass

print(Shape.__doc__, Shape.area.__doc__, Shape.area.__qualname__, Shape.unit.__qualname__)
print(Shape.make.__name__, Shape.Nested.method.__qualname__, Shape.Nested.__qualname__, Shape().__doc__)
lam = lambda x: x
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)

def tagged():
    pass

tagged.version = 2
tagged.owner = "ops"
print(tagged.__dict__, tagged.version, hasattr(tagged, "missing"), getattr(tagged, "owner"))
tagged.__doc__ = "Set later."
tagged.__qualname__ = "renamed"
print(tagged.__doc__, tagged.__qualname__, tagged.__name__)
del tagged.version
print(tagged.__dict__)
try:
    tagged.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    tagged.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)

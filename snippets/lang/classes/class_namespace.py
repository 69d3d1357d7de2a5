# A class's namespace and type attributes: __dict__ as a mappingproxy, __bases__, __name__ and __qualname__ assignment, __subclasses__ and mro()
class Shape:
    "A shape."
    sides = 0

    def area(self):
        return 0


class Square(Shape):
    sides = 4

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


ns = Square.__dict__
print(type(ns).__name__, list(ns), len(ns))
print(ns["sides"], "area" in ns, "missing" in ns, ns.get("missing", "-"), ns.get("sides"))
print(Shape.__dict__["__dict__"], Shape.__dict__["__weakref__"], Shape.__dict__["__doc__"])
print(sorted(k for k in vars(Shape) if not k.startswith("__")))
print(dict(ns.items())["sides"], list(ns.keys())[:2], ns.copy()["sides"])
try:
    ns["sides"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    ns["nothing"]
except KeyError as e:
    print("KeyError:", e)
try:
    Square.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
Square.colour = "red"
print(ns["colour"], "colour" in ns)
del Square.colour
print("colour" in ns)
try:
    del Square.colour
except AttributeError as e:
    print("AttributeError:", e)

sq = Square(3)
print(sq.__dict__, Shape.__dict__["__dict__"].__get__(sq), type(Shape.__dict__["__dict__"]).__name__)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


s = Slotted()
print(Slotted.__dict__["x"], Slotted.x.__get__(s), Slotted.__dict__["__slots__"])
try:
    Slotted.y.__get__(s)
except AttributeError as e:
    print("AttributeError:", e)
Slotted.y.__set__(s, 7)
print(s.y, "__dict__" in Slotted.__dict__, hasattr(s, "__dict__"))

print(Square.__name__, Square.__qualname__, Square.__module__, Square.__base__, Shape.__base__)
print(Square.__bases__, Square.__mro__, Square.mro())
print(Shape.__subclasses__(), object.__subclasshook__(Square), Square.__subclasshook__(int))


class Outer:
    class Inner:
        pass


print(Outer.Inner, Outer.Inner.__qualname__)
Outer.Inner.__name__ = "Renamed"
print(Outer.Inner, Outer.Inner.__name__, Outer.Inner())
Outer.Inner.__qualname__ = "Elsewhere.Renamed"
print(Outer.Inner, repr(Outer.Inner())[:34])
Outer.Inner.__module__ = "lib"
print(Outer.Inner)
for attr, value in [("__name__", 5), ("__qualname__", None), ("__name__", "a\0b"), ("__mro__", ()), ("__base__", Shape)]:
    try:
        setattr(Square, attr, value)
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{attr}: {type(e).__name__}: {e}")
for attr in ["__name__", "__bases__"]:
    try:
        delattr(Square, attr)
    except TypeError as e:
        print(f"del {attr}: {e}")
for target in [int, str]:
    try:
        target.extra = 1
    except TypeError as e:
        print("TypeError:", e)


class Loud:
    def speak(self):
        return "LOUD"


class Quiet:
    def speak(self):
        return "quiet"


class Speaker(Loud):
    pass


class Child(Speaker):
    pass


c = Child()
print(c.speak(), Child.__mro__)
Speaker.__bases__ = (Quiet,)
print(c.speak(), Child.__mro__, Loud.__subclasses__(), Quiet.__subclasses__())
for bad in [[Quiet], (), (1,), (Child,), (int,)]:
    try:
        Speaker.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(Speaker.__bases__)

print(type.__dict__["mro"], type.mro(Square) == Square.mro(), type(Square.mro).__name__)
print(int.__base__, bool.__base__, object.__base__, type.__base__, KeyError.__base__)
print(int.mro(), bool.__mro__, type.__mro__)

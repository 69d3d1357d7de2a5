# object() and type(): names, bases, identity and type() of many values.
o = object()
print(type(o).__name__, type(o) is object, isinstance(o, object))
for v in (1, 1.5, "s", b"b", [], (), {}, set(), None, True, range(1), len, type, object, ...):
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(type(1)) is type, int.__name__, type.__name__)
try:
    object(1)
except TypeError as e:
    print(e)
Dyn = type("Dyn", (object,), {"hello": lambda self: "hi"})
print(Dyn.__name__, Dyn().hello())

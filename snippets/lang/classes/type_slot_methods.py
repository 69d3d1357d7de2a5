# type's own methods taken unbound: type.__repr__, __call__, __getattribute__, __or__, mro... and their receiver errors.
class Meta(type):
    def __repr__(cls):
        return "Meta-made " + cls.__name__


class A(metaclass=Meta):
    pass


class B:
    pass


print(repr(A), type.__repr__(A), type.__repr__(B), type.__repr__(int))
print(type.__call__(B).__class__, type.__call__(int, "5"), type.__call__(A).__class__.__name__)
print(type.__instancecheck__(int, True), type.__subclasscheck__(int, bool))
print(type.mro(B), type.mro(bool))
print(type.__getattribute__(B, "__name__"), type.__getattribute__(int, "__qualname__"))
print(type.__or__(int, str), type.__ror__(int, str), type.__or__(int, 1))
type.__setattr__(B, "x", 1)
print(B.x)
type.__delattr__(B, "x")
print(hasattr(B, "x"))
for name in ("__repr__", "__call__", "__getattribute__", "__setattr__", "__delattr__", "__init__",
             "__or__", "__ror__", "mro", "__instancecheck__", "__subclasscheck__", "__subclasses__", "__dir__"):
    method = getattr(type, name)
    print(name, repr(method))
    for args in ((1,), ()):
        try:
            method(*args)
        except TypeError as e:
            print("  TypeError:", e)
for bad in (lambda: type.__repr__(int, 1), lambda: type.__getattribute__(int, 1),
            lambda: type.__getattribute__(int, "nope"), lambda: type.__or__(int),
            lambda: type.__setattr__(int, "x", 1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
# Unbound methods of other built-in types: slot wrappers and methods word their receiver errors apart.
for f, args in [(int.__add__, (1.5, 1)), (int.__add__, ()), (list.__len__, (1,)), (str.upper, (1,)),
                (str.upper, ()), (dict.__getitem__, (1, 2)), (set.__contains__, ([], 1)),
                (float.__repr__, (1,)), (object.__repr__, ()), (int.__repr__, ("a",))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "->", e)

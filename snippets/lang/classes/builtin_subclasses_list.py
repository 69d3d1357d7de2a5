# __subclasses__() of built-in types: the built-in ones, then user classes
# in creation order (dropped when they die). CPython's lists also hold the
# classes of the modules it imports at startup: filtered out here.


def subs(t):
    return [c.__name__ for c in t.__subclasses__() if c.__module__ in ("builtins", "__main__")]


print(ArithmeticError.__subclasses__())
print(subs(LookupError), subs(RuntimeError), subs(OSError))


class MyErr(LookupError):
    pass


class Other(KeyError):
    pass


print(subs(LookupError), KeyError.__subclasses__())


class I(int):
    pass


print(subs(int), subs(Exception), subs(BaseException))


class Plain:
    pass


print(Plain in object.__subclasses__(), type in object.__subclasses__())
del Other
import gc

gc.collect()
print(KeyError.__subclasses__())
print(b"ab".__bytes__(), bytes.__bytes__(b"x"))

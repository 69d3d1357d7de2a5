# BaseExceptionGroup/ExceptionGroup construction: argument checks and their messages, the type chosen, attributes, str/repr, subclasses.
def attempt(make):
    try:
        g = make()
    except Exception as e:
        print(f"  {type(e).__name__}: {e}")
    else:
        print(f"  {type(g).__name__} {g!r}")


cases = [
    (),
    ("one",),
    ("msg", [ValueError()], 3),
    (1, [ValueError()]),
    (None, [ValueError()]),
    ("msg", 5),
    ("msg", []),
    ("msg", ()),
    ("msg", [1]),
    ("msg", [ValueError(), "x"]),
    ("msg", {ValueError()}),
    ("msg", {1: 2}),
    ("msg", "abc"),
    ("msg", (e for e in [ValueError()])),
    ("msg", range(2)),
]
for args in cases:
    for cls in (BaseExceptionGroup, ExceptionGroup):
        print(cls.__name__, "with", len(args), "args")
        attempt(lambda: cls(*args))

print("-- which type")
attempt(lambda: ExceptionGroup("eg", [KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)]))
attempt(lambda: BaseExceptionGroup("beg", [ValueError(1), TypeError(2)]))
attempt(lambda: ExceptionGroup("eg", [ValueError()], extra=1))
attempt(lambda: BaseExceptionGroup("beg", [ValueError()], extra=1))
attempt(lambda: BaseExceptionGroup(message="m", exceptions=[ValueError()]))

print("-- attributes")
members = [ValueError(1), TypeError(2)]
g = ExceptionGroup("msg", members)
print(g.message, g.exceptions, g.args, g.args[1] is members)
print(g.exceptions is g.exceptions, type(g.exceptions).__name__)
print(str(g), repr(g))
print(str(ExceptionGroup("one", [ValueError()])))
print(repr(ExceptionGroup("", (ValueError(),))), str(ExceptionGroup("", (ValueError(),))))
for name in ("message", "exceptions"):
    try:
        setattr(g, name, "x")
    except AttributeError as e:
        print(name, "->", e)
g.args = ("a", "b", "c")
print(g.args, g.message, repr(g), str(g))
g.add_note("a note")
print(g.__notes__)

print("-- hierarchy")
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__, ExceptionGroup.__base__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(g, BaseExceptionGroup), isinstance(g, Exception))
print(ExceptionGroup[ValueError])
try:
    raise ExceptionGroup
except TypeError as e:
    print(e)


print("-- subclasses")
class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("coded", [ValueError(1), TypeError(2)], 42)
print(repr(c), c.code, c.args, str(c))
print(Coded.__mro__)
attempt(lambda: Coded("coded", [KeyboardInterrupt()], 1))
attempt(lambda: Coded("coded", [ValueError()]))


class Loose(BaseExceptionGroup):
    pass


attempt(lambda: Loose("loose", [ValueError()]))
attempt(lambda: Loose("loose", [KeyboardInterrupt()]))


class Plain(ExceptionGroup):
    pass


attempt(lambda: Plain("plain", [ValueError()], x=1))
try:
    raise Plain
except TypeError as e:
    print(e)


class Shown(ExceptionGroup):
    def __str__(self):
        return "shown differently"


print(str(Shown("m", [ValueError()])), repr(Shown("m", [ValueError()])))

# Setting and deleting attributes of built-in values: CPython's read-only, not-writable and missing-attribute errors.
def attempt(what, action):
    try:
        action()
        print(what, "ok")
    except (AttributeError, TypeError) as e:
        print(what, type(e).__name__ + ":", e)


def f():
    "doc"


exc = ValueError(1)
cases = [
    (1, "real"), (1, "imag"), (1, "numerator"), (1, "x"), (1, "bit_length"), (1, "__add__"),
    (True, "real"), (1.5, "real"), (1.5, "x"), (1j, "real"), (1j, "imag"),
    (b"", "x"), (b"", "hex"), (bytearray(), "x"), ("s", "upper"), ([], "append"), ((), "x"),
    ({}, "x"), (set(), "x"), (frozenset(), "x"), (None, "x"), (None, "__doc__"), (..., "x"),
    (memoryview(b"ab"), "nbytes"), (memoryview(b"ab"), "obj"), (memoryview(b"ab"), "format"),
    (memoryview(b"ab"), "tobytes"), (memoryview(b"ab"), "x"),
    (slice(1, 2), "start"), (slice(1, 2), "x"), (range(3), "start"), (range(3), "index"),
    (len, "__name__"), (len, "__doc__"), (len, "__self__"), (len, "x"),
    (property(), "fget"), (classmethod(f), "__func__"), (iter([]), "x"), (zip(), "x"),
    (exc, "__traceback__"), (exc, "__cause__"), (exc, "__context__"), (exc, "__suppress_context__"),
    (exc, "with_traceback"), (KeyError(), "x"),
    (f, "__name__"), (f, "__qualname__"), (f, "__globals__"), (f, "__closure__"), (f, "__code__"),
]
for obj, name in cases:
    label = type(obj).__name__ + "." + name
    attempt("set " + label, lambda: setattr(obj, name, 2))
    attempt("del " + label, lambda: delattr(obj, name))

# `del` statements say the same.
try:
    del (1).real
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)

# Exceptions keep their fields: args can be replaced but not deleted.
exc.args = ("new",)
print(exc.args)
attempt("del args", lambda: delattr(exc, "args"))
exc.note = "n"
del exc.note
attempt("read note", lambda: exc.note)
err = SyntaxError("bad")
del err.msg
print(err.msg, repr(str(err)))
attempt("suppress_context = 1", lambda: setattr(exc, "__suppress_context__", 1))
exc.__suppress_context__ = True
print(exc.__suppress_context__)

# A function's writable fields: deleted, they read as None (or empty).
f.__name__ = "g"
print(f.__name__, f.__doc__)
del f.__doc__, f.__module__, f.__annotations__
print(f.__doc__, f.__module__, f.__annotations__)

# __class__ belongs to object: assignable only between compatible user classes.
for obj in (1, [], b"", object(), ValueError(), f, None):
    attempt("class " + type(obj).__name__, lambda: setattr(obj, "__class__", dict))
    attempt("class = 3", lambda: setattr(obj, "__class__", 3))
    attempt("del class", lambda: delattr(obj, "__class__"))

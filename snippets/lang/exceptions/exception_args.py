# args, str() and repr() of built-in exceptions with 0, 1 and several arguments.
cases = [
    ValueError(),
    ValueError("one"),
    ValueError("a", 2),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    OSError(2, "No such file"),
    IndexError(5),
    StopIteration(3),
    Exception(None),
    ZeroDivisionError("division by zero"),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
print(SystemExit(3).code, SystemExit().code, StopIteration("v").value)

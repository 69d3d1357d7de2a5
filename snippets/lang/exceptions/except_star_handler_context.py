# An error raised by an except* clause has the part that clause handled as
# its context, whether it came from `raise` or from an operation.
try:
    raise ExceptionGroup("eg", [ValueError("a"), KeyError("k")])
except* ValueError:
    1/0
except* KeyError:
    [][1]

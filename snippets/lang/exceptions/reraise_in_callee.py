# A bare raise in a function called by a handler (or of a group except* raised again) adds no traceback entry for its own frame.
def reraise():
    raise


def rebuild():
    try:
        try:
            raise ExceptionGroup("work", [ValueError(1), TypeError(2)])
        except* TypeError:
            raise OSError("in the clause")
    except ExceptionGroup as e:
        print("caught", repr(e))
        raise


try:
    rebuild()
except ExceptionGroup as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)

try:
    1 / 0
except ZeroDivisionError:
    reraise()

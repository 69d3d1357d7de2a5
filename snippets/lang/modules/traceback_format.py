# traceback.format_exc/format_exception/format_exception_only: the strings CPython returns, chains, limits, groups
import traceback


def show(parts):
    # One string a line: a file name then starts its line (see the snapshots' normalisation).
    print(type(parts).__name__, len(parts))
    for part in parts:
        print(" ", repr(part))


class AppError(Exception):
    pass


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise AppError(f"cannot load {text!r}") from e


def countdown(n):
    if n == 0:
        return 1 / n
    return countdown(n - 1)


try:
    countdown(6)
except ZeroDivisionError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception_only(e))
    print(traceback.format_exc(limit=2))
    print(traceback.format_exc(limit=-1))

try:
    load("x1")
except AppError as e:
    print(traceback.format_exc())
    print(traceback.format_exc(chain=False))
    show(traceback.format_exception(type(e), e, None, chain=False))

try:
    try:
        {}["missing"]
    except KeyError:
        [][0]
except IndexError:
    print(traceback.format_exc())

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("two")])
except ExceptionGroup as e:
    show(traceback.format_exception(e))

note = ValueError("with notes")
note.add_note("first\nsecond")
show(traceback.format_exception(note))
show(traceback.format_exception_only(AppError("multi\nline")))
show(traceback.format_exception_only(None))
print(repr(traceback.format_exc()))

try:
    traceback.format_exception(ValueError, ValueError())
except ValueError as e:
    print(e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print(e)

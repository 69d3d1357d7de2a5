# sys.exc_info() and sys.exception(): the exception being handled, in nested handlers, callees, finally and __exit__
import sys


def report(where):
    typ, value, tb = sys.exc_info()
    print(where, typ, repr(value), sys.exception() is value)


print(sys.exc_info(), sys.exception())
try:
    [1, 2][5]
except IndexError:
    report("handler")
    try:
        {}["x"]
    except KeyError:
        report("nested")
    report("outer again")
report("after")

try:
    try:
        1 / 0
    finally:
        report("finally")
except ZeroDivisionError:
    pass


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        report("__exit__")
        return True


with Manager():
    raise ValueError("in with")

try:
    raise OSError(2, "gone")
except OSError:
    _, value, tb = sys.exc_info()
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, value.errno)

try:
    sys.exc_info(1)
except TypeError as e:
    print(e)

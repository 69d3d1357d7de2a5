# sys.tracebacklimit: the traceback module keeps that many outermost
# frames, the interpreter's own report that many innermost (none, and no
# header, at 0 or below).
import sys
import traceback


def f0():
    raise ValueError("value")


def f1():
    f0()


def f2():
    f1()


print(hasattr(sys, "tracebacklimit"))
for limit in [None, 3, 1, 0, -5]:
    if limit is not None:
        sys.tracebacklimit = limit
    print("limit", limit)
    try:
        f2()
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        print(len(traceback.extract_tb(sys.exc_info()[2])))
del sys.tracebacklimit
print(hasattr(sys, "tracebacklimit"))
sys.tracebacklimit = 2
try:
    f2()
except ValueError as e:
    raise KeyError("chained") from e

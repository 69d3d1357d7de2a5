# In a finally block or __exit__ run for an exception, its traceback already holds the current frame (exc_info, tb argument, print_exc).
import sys, traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, tb is not None, type(tb).__name__)
        if tb is not None:
            print("lineno", tb.tb_lineno, tb.tb_next)
            print(traceback.format_tb(tb))
        print("exc_info tb", sys.exc_info()[2] is not None)
        return True
def f():
    with CM():
        raise ValueError("x")
f()
def g():
    try:
        1/0
    finally:
        et, ev, tb = sys.exc_info()
        print("finally", et, tb is not None, ev.__traceback__ is not None)
        if tb: print("tb line", tb.tb_lineno)
try:
    g()
except ZeroDivisionError as e:
    print("caught", e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
def h():
    try:
        raise KeyError("k")
    finally:
        traceback.print_exc(file=sys.stdout)
try:
    h()
except KeyError:
    pass
class CM2:
    def __enter__(self): return self
    def __exit__(self, *a):
        traceback.print_exc(file=sys.stdout)
        print(''.join(traceback.format_exception(*a)))
        return True
def k():
    with CM2():
        [][1]
k()
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally", sys.exc_info()[2].tb_lineno)
    except ValueError as e:
        tb = e.__traceback__
        n = 0
        while tb: n += 1; tb = tb.tb_next
        print("frames", n)
nested()

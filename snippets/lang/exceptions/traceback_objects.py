# __traceback__ chains: tb_next and tb_lineno, with_traceback, and re-raising keeps frames.
def level3():
    raise KeyError("deep")

def level2():
    level3()

def level1():
    try:
        level2()
    except KeyError as e:
        raise

try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("lines:", lines, type(e.__traceback__).__name__)
    saved = e

fresh = RuntimeError("again")
print(fresh.__traceback__, fresh.with_traceback(saved.__traceback__) is fresh)
print(fresh.__traceback__.tb_lineno, fresh.__traceback__.tb_next.tb_lineno)
fresh.__traceback__ = None
print(fresh.__traceback__)
try:
    fresh.with_traceback(5)
except TypeError as e:
    print("TypeError:", e)

def count_frames(exc):
    n, tb = 0, exc.__traceback__
    while tb:
        n, tb = n + 1, tb.tb_next
    return n

def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    recurse(n - 1)

try:
    recurse(4)
except ValueError as e:
    print("frames:", count_frames(e))

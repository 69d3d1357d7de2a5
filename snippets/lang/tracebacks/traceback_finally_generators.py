# Tracebacks through finally/with in plain and generator frames: no duplicate entries, exc_info inside generator finally blocks.
import sys, traceback
def g():
    try:
        raise ValueError("a")
    finally:
        print("in finally", sys.exc_info()[0])
        yield 1
        print("resumed", sys.exc_info()[0])
    yield 2
it = g()
try:
    print(next(it), sys.exc_info()[0])
    print(next(it))
except ValueError as e:
    print("caught", e, sys.exc_info()[0])
print(sys.exc_info())
def g2():
    try:
        raise KeyError("b")
    finally:
        return 5
print(list(g2()), sys.exc_info())
def g3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            yield sys.exc_info()[1]
            continue
print(list(g3()), sys.exc_info())
def g4():
    try:
        yield 1
    finally:
        print("closing", sys.exc_info()[0])
x = g4(); next(x); x.close()
print(sys.exc_info())
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", tb is not None and tb.tb_lineno)
        return False
def gen():
    try:
        yield 1
        raise ValueError("g")
    finally:
        print("gen finally", sys.exc_info()[2].tb_lineno)
def gen2():
    with CM():
        yield 1
        raise KeyError("g2")
for fn in (gen, gen2):
    try:
        for x in fn(): pass
    except Exception as e:
        print(''.join(traceback.format_tb(e.__traceback__)))
def deep():
    try:
        try:
            1/0
        finally:
            print("f1", sys.exc_info()[2].tb_lineno)
    finally:
        print("f2", sys.exc_info()[2].tb_lineno)
def outer():
    with CM():
        deep()
try:
    outer()
except ZeroDivisionError as e:
    print(''.join(traceback.format_tb(e.__traceback__)))
def rr():
    try:
        try:
            raise ValueError("v")
        finally:
            pass
    except ValueError:
        raise
try:
    rr()
except ValueError as e:
    print(''.join(traceback.format_tb(e.__traceback__)))
def ff():
    try:
        raise ValueError("a")
    finally:
        raise TypeError("b")
try:
    ff()
except TypeError as e:
    print(''.join(traceback.format_tb(e.__traceback__)))
    print(''.join(traceback.format_tb(e.__context__.__traceback__)))
def uncaught():
    with CM():
        try:
            {}["missing"]
        finally:
            print("fin")
uncaught()

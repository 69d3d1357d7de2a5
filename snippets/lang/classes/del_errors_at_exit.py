# Errors in finalizers at exit: atexit callbacks and cycle collection report
# their source lines, the clearing of __main__ after them does not.
def g():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
it = g()
next(it)
class D:
    def __del__(self):
        raise KeyError("k")
a = [D()]
def cyc():
    x = D(); x.self = x
cyc()
import atexit
def bye():
    raise RuntimeError("bye")
atexit.register(bye)
print("end")

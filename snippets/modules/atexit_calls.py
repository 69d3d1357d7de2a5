# atexit: calls run at exit, last registered first, after the script's own
# output; an exception in one is reported and the others still run.
import atexit
import sys


class Call:
    def __init__(self, name, fail=None):
        self.name = name
        self.fail = fail

    def __call__(self, *args, **kwargs):
        print("exit call", self.name, args, kwargs)
        if self.fail:
            raise self.fail

    def __repr__(self):
        return f"<Call {self.name}>"

    def __eq__(self, other):
        return isinstance(other, Call) and other.name == self.name

    __hash__ = None


first = atexit.register(Call("first"), 1, 2, key="value")
print(type(first).__name__, first)
atexit.register(Call("broken", ZeroDivisionError("no")))
atexit.register(Call("exits", SystemExit(7)))
atexit.register(Call("dropped"))
atexit.register(print, "printed", "at", "exit", sep="-")
atexit.unregister(Call("dropped"))

for bad in [(), (42,)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)

print("end of script")
sys.stdout.flush()

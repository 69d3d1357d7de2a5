# Argument errors of sys functions name them as sys.NAME(); getsizeof takes object= and default=
import sys

for name, args, kwargs in [
    ("exit", (), {"code": 3}),
    ("getrecursionlimit", (1,), {}),
    ("getrecursionlimit", (), {"x": 1}),
    ("setrecursionlimit", (), {}),
    ("intern", (), {}),
    ("getdefaultencoding", (1,), {}),
    ("getsizeof", (), {"x": 1}),
    ("getsizeof", (1,), {"y": 2}),
    ("getsizeof", (1, 2, 3), {}),
]:
    try:
        getattr(sys, name)(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(sys.getsizeof(object=1, default=2))

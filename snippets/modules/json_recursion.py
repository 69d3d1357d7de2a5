# Deep nesting is a RecursionError with CPython's messages, never a crash.
import io
import json


def show(f):
    try:
        r = f()
        print("ok", len(r) if isinstance(r, (list, str)) else r)
    except (RecursionError, ValueError) as e:
        print(type(e).__name__ + ":", e)


show(lambda: json.loads("[" * 100000))
show(lambda: json.loads("[" * 100000 + "]" * 100000))
show(lambda: json.loads('{"a": ' * 100000))
show(lambda: json.loads(b"[" * 50000))
show(lambda: json.loads("[" * 50 + "]" * 50))
deep = []
for i in range(100000):
    deep = [deep]
show(lambda: json.dumps(deep))
show(lambda: json.dumps(deep, indent=2))
show(lambda: json.dumps(deep, check_circular=False))
d = {}
for i in range(100000):
    d = {"k": d}
show(lambda: json.dumps(d))
show(lambda: json.dumps(d, sort_keys=True, indent=1))
show(lambda: json.dump(deep, io.StringIO()))
show(lambda: json.dump(d, io.StringIO(), indent=2))
a = []
a.append(a)
show(lambda: json.dumps(a, check_circular=False))


class Node:
    pass


show(lambda: json.dumps(Node(), default=lambda o: [o]))
shallow = [[[[1]]]] * 3
show(lambda: json.dumps(shallow))

# json.dumps with each option: separators, indent, sort_keys, skipkeys,
# ensure_ascii, allow_nan, check_circular, default.
import json


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = {"b": [1, 2.5, None], "a": {"x": True, "y": []}, "c": "h\u00e9\n", "d": {}}
show(lambda: json.dumps(data))
show(lambda: json.dumps(data, separators=(",", ":")))
show(lambda: json.dumps(data, separators=("; ", " = ")))
for indent in (None, 0, 2, "\t", "--", -3):
    show(lambda: json.dumps(data, indent=indent))
show(lambda: json.dumps(data, indent=2, separators=(", ", ": ")))
show(lambda: json.dumps(data, sort_keys=True))
show(lambda: json.dumps(data, sort_keys=True, indent=1))
show(lambda: json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
show(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
show(lambda: json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
show(lambda: json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
show(lambda: json.dumps({float("inf"): 1, float("nan"): 2}))
show(lambda: json.dumps({float("inf"): 1}, allow_nan=False))
show(lambda: json.dumps([float("inf"), float("-inf"), float("nan")]))
show(lambda: json.dumps([float("nan")], allow_nan=False))
show(lambda: json.dumps([float("-inf")], allow_nan=False, indent=2))
show(lambda: json.dumps("\u00e9\u2028\U0001d11e\x7f\x00\x1f\"\\/"))
show(lambda: json.dumps("\u00e9\u2028\U0001d11e\x7f\x00\x1f\"\\/", ensure_ascii=False))
show(lambda: json.dumps(["\ud800", "\udc00x", "\ud834\udd1e"]))
show(lambda: json.dumps(["\ud800", "\udc00x"], ensure_ascii=False) == '["\ud800", "\udc00x"]')
show(lambda: json.dumps({"\u00e9": "\t"}, ensure_ascii=False))

a = [1]
a.append(a)
show(lambda: json.dumps(a))
d = {"k": 1}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps(d, indent=2))
shared = [1, 2]
show(lambda: json.dumps([shared, shared, {"s": shared}]))


class Thing:
    def __init__(self, n):
        self.n = n


show(lambda: json.dumps([Thing(1)]))
show(lambda: json.dumps({1j: 1}))
show(lambda: json.dumps(Thing(2), default=lambda o: {"thing": o.n}))
show(lambda: json.dumps([Thing(3), {1, 2}], default=repr) is not None)
show(lambda: json.dumps({1, 2}, default=sorted))
show(lambda: json.dumps(b"bytes"))
show(lambda: json.dumps(object))
loop = Thing(0)
show(lambda: json.dumps(loop, default=lambda o: o))
show(lambda: json.dumps(loop, default=lambda o: [o]))
show(lambda: json.dumps(Thing(5), default=lambda o: {"n": o.n}, indent=1, sort_keys=True))
show(lambda: json.dumps([1], separators=(1, 2)))
show(lambda: json.dumps([1], indent=2.5))
show(lambda: json.dumps(1, nonsense=True))
show(lambda: json.dumps(10 ** 20))
show(lambda: json.dumps([1e16, 1e-5, 0.1, -0.0, 1.0, 123456789.123456789, 5e-324, 1.7976931348623157e308]))

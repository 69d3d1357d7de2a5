# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear and views.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))
e = d.copy()
e["new"] = 1
print(len(d), len(e), "new" in d)
e.clear()
print(e)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", range(2))))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
print(d | {"a": 0, "q": 9}, {**d, "a": -1})
d |= {"w": 1}
print(d)

# Dicts preserve insertion order; re-assigning keeps position, delete+insert moves it.
d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(d)
d["z"] = 100
print(d)
del d["z"]
d["z"] = 0
print(d, list(d))
print({1: "a", True: "b", 1.0: "c"})
print(dict(sorted(d.items())), {k: d[k] for k in reversed(d)})
print(d == {"m": 2, "a": 1, "z": 0}, list(d) == ["a", "m", "z"])
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)

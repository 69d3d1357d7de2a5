# **kwargs collects extra keyword arguments into a dict (insertion order kept).
def describe(name, **info):
    parts = [f"{k}={v!r}" for k, v in info.items()]
    return f"{name}({', '.join(parts)})"

print(describe("point", x=1, y=2))
print(describe("empty"))
opts = {"color": "red", "size": 3}
print(describe("shape", **opts))
print(describe("merged", **opts, weight=1.5))
print(describe(**{"name": "by-dict", "z": None}))

def all_args(*args, **kwargs):
    return args, kwargs

print(all_args(1, 2, a=3))
print(all_args())
d1 = {"a": 1}
d2 = {"b": 2}
print(all_args(**d1, **d2))

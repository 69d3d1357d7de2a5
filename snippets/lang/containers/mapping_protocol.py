# Any object with keys() and __getitem__ is a mapping for f(**m), dict(m), {**m}, d.update(m) and d |= m.
class Config:
    def __init__(self, **values):
        self._values = values
    def keys(self):
        return sorted(self._values)
    def __getitem__(self, key):
        print("  get", key)
        return self._values[key]

def connect(host, port=80, **extra):
    return f"{host}:{port} {extra}"

cfg = Config(port=8080, host="example.org", timeout=3)
print(connect(**cfg))
print(dict(cfg))
print({"debug": True, **cfg})
settings = {"port": 1}
settings.update(cfg)
print(settings)
settings |= Config(port=9)
print(settings)
settings |= [("pairs", "work"), ("too", 1)]
print(settings)

class Broken:
    def keys(self):
        return 42
class NoKeys:
    def __getitem__(self, key):
        return key
class IntKeys:
    def keys(self):
        return [1]
    def __getitem__(self, key):
        return key
for attempt in [
    lambda: connect(**Broken()),
    lambda: {**Broken()},
    lambda: dict(Broken()),
    lambda: connect(**NoKeys()),
    lambda: {**NoKeys()},
    lambda: connect(**IntKeys()),
    lambda: connect("h", **Config(host="again")),
    lambda: {}.__ior__(5),
    lambda: {}.__ior__("ab"),
    lambda: {}.__ior__("abc"),
    lambda: [].__iadd__(5),
    lambda: [].__imul__("x"),
]:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print({}.__or__(5), set().__ior__(5), {}.__ior__(["ab"]))

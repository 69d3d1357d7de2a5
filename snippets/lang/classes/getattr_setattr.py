# __getattr__ fallback, __setattr__ interception, __delattr__.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print("set", name, value)
        self._fields[name] = value
    def __delattr__(self, name):
        print("del", name)
        del self._fields[name]

r = Record(a=1)
print(r.a)
r.b = 2
print(r.b, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "zzz", "default"), hasattr(r, "b"))

class Lazy:
    def __getattr__(self, name):
        value = name * 2
        setattr(self, name, value)
        return value
z = Lazy()
print(z.ab, z.__dict__)

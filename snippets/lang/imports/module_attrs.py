# Module attributes are its globals: reads, writes, deletion and __dict__.
import _counter
print(_counter.bump(), _counter.bump(), _counter.count)
_counter.count = 10
print(_counter.bump())
d = _counter.__dict__
print(type(d).__name__, d["count"], d is vars(_counter))
d["count"] = 100
print(_counter.bump(), d["count"])
_counter.extra = "new"
print(d["extra"], "extra" in dir(_counter))
del _counter.extra
print(hasattr(_counter, "extra"), "extra" in d)
try:
    del _counter.extra
except AttributeError as e:
    print(e)
try:
    _counter.missing
except AttributeError as e:
    print(e)
print([k for k in d if not k.startswith("__")])
print(sorted(k for k in d if k.startswith("__")))
print(_counter.bump.__globals__ is d)

# sys.modules is a dict of the imported modules; sys.path a list the import searches.
import sys
print(type(sys.modules).__name__, type(sys.path).__name__)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
main = sys.modules["__main__"]
marker = "set in main"
print(main.marker, main.__file__ == __file__, main.__cached__)
print(sys.path[0] == __file__.rsplit("/", 1)[0])
import _counter
print(_counter.bump(), _counter.bump())
del sys.modules["_counter"]
import _counter as fresh
print(fresh.bump(), fresh is _counter)
sys.modules["fake"] = 42
import fake
print(fake)
saved = sys.path[:]
sys.path.clear()
del sys.modules["_counter"]
try:
    import _counter
except ModuleNotFoundError as e:
    print(e)
sys.path.extend(saved)
import _counter
print(_counter.count)
import builtins
print(builtins.len is len, builtins.__name__, "builtins" in sys.modules)

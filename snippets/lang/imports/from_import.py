# from-imports: names, aliases, the module itself not bound, and errors.
from _shapes import area, PI as pi, circle
from _shapes import calls

print(area(2, 5), pi, round(circle(1), 2), calls)
import _shapes
print(_shapes.calls, calls)
print("_shapes" in dir(), "area" in dir())
try:
    from _shapes import volume
except ImportError as e:
    print(type(e).__name__, str(e).replace(_shapes.__file__, "<file>"))
    print(e.name, e.path == _shapes.__file__)
try:
    from sys import nothing
except ImportError as e:
    print(e)


def inside():
    from _shapes import area as a
    return a(1, 1)


print(inside(), "a" in globals())

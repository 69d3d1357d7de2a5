# _collections: namedtuple's field accessors are _tuplegetter descriptors,
# and _count_elements counts into a mapping (Counter's helper).
import copy
import pickle
from collections import Counter, OrderedDict, defaultdict, namedtuple

import _collections
from _collections import _count_elements, _tuplegetter

print(sorted(n for n in dir(_collections) if not n.startswith("__")))
print(_collections.deque is __import__("collections").deque)

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(type(Point.x) is _tuplegetter, _tuplegetter, type(Point.x).__name__)
print(repr(Point.x), repr(Point.y), Point.x.__doc__)
print(Point.__dict__["y"], p.x, p.y)
print(Point.x.__get__(None, Point) is Point.x, Point.x.__get__(p), Point.y.__get__((5, 6)))
try:
    Point.x.__get__(None)
except TypeError as e:
    print(e)

for action in (
    lambda: Point.x.__get__([1, 2]),
    lambda: Point.y.__get__("ab"),
    lambda: _tuplegetter(3, None).__get__((1, 2)),
    lambda: _tuplegetter(-1, None).__get__((1, 2)),
    lambda: setattr(p, "x", 3),
    lambda: delattr(p, "y"),
    lambda: Point.x.__set__(p, 3),
    lambda: Point.x.__delete__(p),
    lambda: _tuplegetter(1),
    lambda: _tuplegetter(1, None, 2),
    lambda: _tuplegetter(index=1, doc=None),
    lambda: _tuplegetter("1", None),
):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)

g = _tuplegetter(1, "second")
print(repr(g), g.__get__((7, 8, 9)), repr(_tuplegetter(-1, None)))
print(g.__reduce__())
back = pickle.loads(pickle.dumps(Point.y))
print(repr(back), back.__get__((5, 6)), back is Point.y)
print(repr(copy.copy(g)), repr(copy.deepcopy(g)))
Point.x.__doc__ = "The x-coordinate"
print(repr(Point.x), Point.x.__doc__)


class Labelled(Point):
    @property
    def label(self):
        return f"{self.x}/{self.y}"


lp = Labelled(3, 4)
print(lp.x, lp.y, lp.label)
print(pickle.loads(pickle.dumps(p)), copy.deepcopy(p))

counts = {}
_count_elements(counts, "abracadabra")
print(counts)
print(Counter("abracadabra").most_common(2))
ordered = OrderedDict()
_count_elements(ordered, "bab")
print(list(ordered.items()))
factory = defaultdict(lambda: 100)
_count_elements(factory, "aa")
print(dict(factory))


class Scaled(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value * 10)


scaled = Scaled()
_count_elements(scaled, "aab")
print(scaled)


class Getter(dict):
    def get(self, key, default=None):
        print("get", key, default)
        return super().get(key, default)


g = Getter()
_count_elements(g, "xx")
print(g)


class Plain(dict):
    pass


pl = Plain(a=5)
_count_elements(pl, "ab")
print(pl)

for args in (([], "a"), ({}, 3), ({},), ({"a": "x"}, "a")):
    try:
        _count_elements(*args)
    except Exception as e:
        print(type(e).__name__, e)

print(list(vars(_tuplegetter)), _tuplegetter.__module__, _tuplegetter.__qualname__)
print(_tuplegetter.__get__, _tuplegetter.__reduce__)
print(_tuplegetter.__get__(Point.y, (1, 2)), _tuplegetter.__reduce__(Point.y))
for action in (
    lambda: _tuplegetter.__get__(3, (1, 2)),
    lambda: _tuplegetter.__reduce__([]),
    lambda: _tuplegetter.__set__(Point.x, p, 1),
):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)
try:

    class Sub(_tuplegetter):
        pass

except TypeError as e:
    print(e)

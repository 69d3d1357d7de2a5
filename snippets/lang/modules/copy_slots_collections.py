# copy: objects with __slots__ (private names mangled), deques keep their maxlen, defaultdicts their factory, ABC instances copied through object.__new__.
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
from abc import ABC
class Slotted:
    __slots__ = ("x", "__y")
    def __init__(self, x, y):
        self.x, self.__y = x, y
    def y(self):
        return self.__y
s = copy.copy(Slotted(1, [2]))
print(s.x, s.y())
s2 = copy.deepcopy(Slotted(1, [2]))
print(s2.x, s2.y())
class Part(Slotted):
    pass
p = Part(3, 4)
p.extra = "e"
q = copy.copy(p)
print(q.x, q.y(), q.extra)
d = deque([1, [2]], maxlen=3)
d2 = copy.deepcopy(d)
d2[1].append(3)
print(copy.copy(d), d2, d)
dd = defaultdict(list, {"a": [1]})
dd2 = copy.deepcopy(dd)
dd2["b"].append(2)
print(copy.copy(dd), dd2, dd)
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(Counter("aab")))
Pt = namedtuple("Pt", "x y")
print(copy.deepcopy(Pt(1, [2])), copy.copy(Pt(1, 2)), Pt.x.__doc__)
class Shape(ABC):
    def __init__(self):
        self.points = [1]
sh = copy.copy(Shape())
print(sh.points, Shape.__new__(Shape).__class__.__name__)
import operator
print(operator.call(max, 3, 9, key=lambda v: -v))

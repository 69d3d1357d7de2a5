# functools.total_ordering (from each root comparison, NotImplemented passed on), cached_property and singledispatch
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a >= Version(1, 2), sorted([b, a]), max(a, b))
print(Version.__gt__.__name__, Version.__gt__.__qualname__, Version.__ge__.__name__)
@functools.total_ordering
class Score:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) >= Score(1))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
try:
    a <= 5
except TypeError as e:
    print(e)
class Base:
    def __lt__(self, o): return True
@functools.total_ordering
class Derived(Base):
    pass
print(Derived() >= Derived())
class P:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def data(self):
        """Docs."""
        self.n += 1
        return [1, 2]
p = P()
print(p.data, p.data, p.n, P.data.__doc__, type(P.data).__name__, P.data.attrname, "data" in vars(p))
del p.data
print(p.data, p.n)
class S:
    __slots__ = ("x",)
    @functools.cached_property
    def y(self):
        return 1
try:
    S().y
except TypeError as e:
    print(e)
@functools.singledispatch
def fmt(x):
    return f"default {x!r}"
@fmt.register(int)
def _(x):
    return f"int {x}"
@fmt.register
def _(x: list):
    return f"list of {len(x)}"
print(fmt(1), fmt(True), fmt([1]), fmt("s"), fmt(2.5), fmt.dispatch(bool).__name__, sorted(k.__name__ for k in fmt.registry))
try:
    fmt()
except TypeError as e:
    print(e)
try:
    @fmt.register
    def _(x):
        pass
except TypeError as e:
    print(str(e)[:40])
print(Version(1) > Version(0), fmt.__name__, fmt.__wrapped__.__name__)
Version(2) > 3

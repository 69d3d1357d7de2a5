# dataclasses: generated __init__/__repr__/__eq__, defaults and default_factory, order, frozen, field(), fields/asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, InitVar, KW_ONLY, make_dataclass, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__doc__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a == b, a.items is not b.items, Inventory("z", count=5) == Inventory("z"))
print(asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), max(v1, v2))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(e)
print(replace(v1, minor=5), v1)
try:
    v1 < 3
except TypeError as e:
    print(e)

for f in fields(Version):
    print(f.name, f.type, f.default, f.compare, f.init, f.kw_only)
print(fields(v1)[0])

try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: str
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print(e)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)


@dataclass
class Line:
    start: Point
    end: Point
    points: list = field(default_factory=list)


line = Line(Point(0, 0), Point(3, 4), [Point(1, 1)])
print(line)
print(asdict(line))
print(astuple(line))
print(is_dataclass(line), is_dataclass(Line), is_dataclass(3))


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), fields(w))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int = 1


print(Options("x", level=3), Options.__match_args__)
try:
    Options("x", True)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2


print(K(a=1))


@dataclass
class Base:
    x: int = 0


@dataclass
class Derived(Base):
    y: int = 1


print(Derived(), Derived(5, 6), fields(Derived)[0].name)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int


print(hash(Hashed(1)) == hash((1,)), {Hashed(1), Hashed(1)})


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)

C = make_dataclass("C", [("x", int), ("y", int, field(default=5))])
print(C(1), C(1, 2) == C(1, 2))


@dataclass(eq=False)
class Ident:
    a: int


print(Ident(1) == Ident(1), hash(Ident(1)) is not None)
print(type(MISSING).__name__)


@dataclass
class Rec:
    name: str
    rank: int = 1

    def __repr__(self):
        return "custom"


print(Rec("a"), Rec("a") == Rec("a"))

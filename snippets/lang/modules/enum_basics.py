# enum.Enum: reprs, str/format, iteration, lookup by value and name, aliases, auto, unique, errors
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), format(Color.RED), f"{Color.RED:>12}|", str(Color.GREEN))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(type(Color), Color, type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(hash(Color.RED) == hash("RED"), {Color.RED: "warm"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value))
print(dir(Color))
print(dir(Color.RED))
print(Color._member_names_, Color._value2member_map_)

for bad in (5, "red"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
try:
    Color.RED = 10
except AttributeError as e:
    print(e)
try:
    del Color.GREEN
except AttributeError as e:
    print(e)
try:
    Color.RED.value = 3
except AttributeError as e:
    print(e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(e)
try:
    class Reserved(Enum):
        _secret_ = 1
except ValueError as e:
    print(e)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print(list(Ordinal), repr(auto()))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


print(list(Lower), Lower("south"))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def describe(self):
        return f"{self.name.lower()} #{self.value}"


print(Shape("circle"), Shape.SQUARE.describe(), dir(Shape.SQUARE))


class Weird(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


try:
    Weird(7)
except TypeError as e:
    print(e, "|", repr(e.__context__))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal)
Size = Enum('Size', [('S', 'small'), ('L', 'large')])
print(Size.L, Size('small'))
print(bool(Enum('Empty', [])), len(Enum('Zero', {})))


class Base(Enum):
    def hello(self):
        return "hi " + self.name


class Concrete(Base):
    ONE = 1


print(Concrete.ONE.hello(), list(Base), isinstance(Concrete.ONE, Base))

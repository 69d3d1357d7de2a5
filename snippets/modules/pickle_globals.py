# pickle of globals and of what reduces to them: functions, classes,
# built-in functions (the Python 2 names below protocol 3), bound
# methods, nested classes, and classes of other modules (enum,
# dataclasses, fractions).
import pickle
import enum
import dataclasses
import fractions
import operator
import math


class Color(enum.Enum):
    RED = 1


class Perm(enum.IntFlag):
    R = 4


@dataclasses.dataclass
class Point:
    x: int
    y: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    x: int


class K:
    class Inner:
        pass

    def m(self):
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass


def func():
    pass


values = [func, K, K.Inner, K.m, K.s, Color, Color.RED, Perm.R, Point(1, [2]),
          Frozen(3), fractions.Fraction(1, 3), len, max, operator.add,
          math.sqrt, dict.fromkeys, [len, max, getattr], [int, str, K],
          K().m, K.c, range, bytes, bytearray, set, frozenset, BaseException]
for v in values:
    for p in range(6):
        s = pickle.dumps(v, p)
        r = pickle.loads(s)
        print(p, s)
        print('  ', type(r).__name__, r if isinstance(r, (type, Color, Perm, Point, Frozen, fractions.Fraction)) else '')

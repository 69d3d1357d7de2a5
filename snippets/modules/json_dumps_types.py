# json.dumps of subclasses of the built-in types, enums, tuples, and
# containers that change how they iterate.
import json
from collections import OrderedDict, defaultdict, Counter
from enum import Enum, IntEnum, StrEnum, IntFlag


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"

    def __str__(self):
        return "my int"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "nope"


class MyList(list):
    def __iter__(self):
        return iter([99])


class MyTuple(tuple):
    pass


class MyDict(dict):
    def items(self):
        return [("from", "items")]


class Color(Enum):
    RED = 1


class Num(IntEnum):
    ONE = 1
    TWO = 2


class Name(StrEnum):
    A = "alpha"


class Perm(IntFlag):
    R = 4
    W = 2


show(lambda: json.dumps([MyInt(5), MyFloat(2.5), MyStr("s")]))
show(lambda: json.dumps({MyInt(5): 1, MyFloat(2.5): 2, MyStr("k"): 3}))
show(lambda: json.dumps(MyList([1, 2])))
show(lambda: json.dumps(MyTuple((1, 2))))
show(lambda: json.dumps(MyDict(a=1)))
show(lambda: json.dumps(MyDict()))
show(lambda: json.dumps([Num.ONE, Num.TWO, Name.A, Perm.R | Perm.W]))
show(lambda: json.dumps({Num.TWO: Name.A}))
show(lambda: json.dumps(Color.RED))
show(lambda: json.dumps({Color.RED: 1}))
show(lambda: json.dumps(Color.RED, default=lambda c: c.name))
show(lambda: json.dumps(OrderedDict([("z", 1), ("a", 2)])))
show(lambda: json.dumps(defaultdict(list, {"k": [1]})))
show(lambda: json.dumps(Counter("abca"), sort_keys=True))
show(lambda: json.dumps((1, (2, 3), [4, (5,)])))
show(lambda: json.dumps(((),)))
show(lambda: json.dumps([True, False, None, 0, -1, 2 ** 70, -(2 ** 64)]))
show(lambda: json.dumps(range(3)))
show(lambda: json.dumps(iter([1])) is not None)
show(lambda: json.dumps({"a": 1}.keys()))
show(lambda: json.dumps(MyStr("top")))
show(lambda: json.dumps(MyInt(7), indent=2))
show(lambda: json.dumps([MyList([1])], indent=2))

# A metaclass's __prepare__ mapping is the class body's namespace as it runs:
# every binding, read and deletion goes through it, in order.
from enum import Enum, auto, IntEnum, Flag

class Log(dict):
    def __setitem__(self, k, v):
        print("set", k, v if not callable(v) else "<fn>")
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        ns = Log()
        dict.__setitem__(ns, "seed", 10)
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, dict(ns))

x = 5
class A(metaclass=Meta, flag=1):
    y = seed + x
    y += 1
    z = [i for i in range(3)]
    w = len(z)
    del z
    try:
        del nothere
    except NameError as e:
        print("NameError", e)
    for k in range(2):
        pass
    def method(self):
        return __class__
    class Inner:
        q = 1
    import sys as m
    from math import pi
    if (t := 3) > 2:
        pass
    print("locals type", type(locals()).__name__)

print(A.y, A.w, A().method() is A, A.Inner.q, A.t)
print(hasattr(A, "z"))

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = 7
    ALIAS = BLUE
print(list(Color), Color.ALIAS)

try:
    class Bad(Enum):
        A = 1
        def A(self): pass
except TypeError as e:
    print("TypeError:", e)

class P(IntEnum):
    _ignore_ = ["tmp"]
    tmp = 3
    ONE = 1
print(list(P))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = R | W | X
print(Perm.RWX, Perm.R | Perm.W)

class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self:
            raise AttributeError(f"duplicate {k}")
        super().__setitem__(k, v)
class M3(type):
    def __prepare__(name, bases):
        return NoDup()
try:
    class C(metaclass=M3):
        a = 1
        a = 2
except AttributeError as e:
    print("AE", e)
class M4(type):
    def __prepare__(name, bases):
        return {"pre": 1}
class D(metaclass=M4):
    q = pre
print(D.q, D.pre)

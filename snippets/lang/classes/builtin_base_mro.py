# A built-in base listed before a mixin comes before it in the MRO: its methods win (str, hash, format, operators, super()).
import enum
class Mixin:
    def __str__(self): return "mixin-str"
    def __hash__(self): return 42
    def __format__(self, spec): return "mixin-fmt"
    def __add__(self, o): return "mixin-add"
    def __repr__(self): return "mixin-repr"
    def __len__(self): return 99
    def __getitem__(self, i): return "mixin-getitem"
    def __eq__(self, o): return "mixin-eq"
    def upper(self): return "mixin-upper"
    def append(self, x): return "mixin-append"

class I(int, Mixin): pass
class I2(Mixin, int): pass
x = I(5); y = I2(5)
print([c.__name__ for c in I.__mro__])
print([c.__name__ for c in I2.__mro__])
print(str(x), hash(x), format(x, ''), x + 1, repr(x), x == 5)
print(str(y), hash(y), format(y, ''), y + 1, repr(y), y == 5)
class S(str, Mixin): pass
class S2(Mixin, str): pass
s = S("ab"); s2 = S2("ab")
print(str(s), hash(s) == hash("ab"), format(s, ''), s + "c", repr(s), len(s), s[0], s.upper(), s == "ab")
print(str(s2), hash(s2), format(s2, ''), s2 + "c", repr(s2), len(s2), s2[0], s2.upper(), s2 == "ab")
class F(float, Mixin): pass
class F2(Mixin, float): pass
print(str(F(1.5)), format(F(1.5), ''), F(1.5) + 1, repr(F(1.5)))
print(str(F2(1.5)), format(F2(1.5), ''), F2(1.5) + 1, repr(F2(1.5)))
class L(list, Mixin): pass
class L2(Mixin, list): pass
l = L([1,2]); l2 = L2([1,2])
print(str(l), format(l, ''), l + [3], repr(l), len(l), l[0], l.append(3), l == [1,2,3])
print(str(l2), format(l2, ''), l2 + [3], repr(l2), len(l2), l2[0], l2.append(3), l2 == [1,2])
class D(dict, Mixin): pass
d = D(a=1)
print(str(d), len(d), d['a'], d == {'a': 1})
class T(tuple, Mixin): pass
t = T((1,2))
print(str(t), len(t), t[0], t + (3,), t == (1,2), hash(t) == hash((1,2)))
class Base:
    def who(self): return "Base"
class M2:
    def who(self): return "M2+" + super().who()
class I3(int, M2): 
    def who(self): return "I3+" + super().who()
class Z(I3, Base): pass
print([c.__name__ for c in Z.__mro__])
try:
    print(Z(1).who())
except AttributeError as e:
    print("AE", e)
class W(M2, Base): pass
print(W().who())
class I4(int, M2):
    def __add__(self, o): return ("I4", super().__add__(o))
print(I4(2) + 3)
class B(bool.__mro__[1], Mixin): pass
print(B.__mro__[1] is int)
class Mixin:
    def __init__(self, *a):
        print("Mixin.__init__", a)
        super().__init__()
    def __str__(self): return "mixin-str"
class I(int, Mixin):
    def __init__(self, v):
        print("I.__init__", v)
        super().__init__(v)
x = I(3)
print(x, repr(x))
class L(list, Mixin):
    def __init__(self, v):
        super().__init__(v)
l = L([1, 2])
print(l, len(l))
class L2(Mixin, list): pass
l2 = L2([1, 2])
print(l2, len(l2), repr(l2))
class Color(str, enum.Enum):
    RED = "r"
    GREEN = "g"
print(Color.RED, repr(Color.RED), format(Color.RED), f"{Color.GREEN}", Color.RED == "r", Color("g"))
print([c.__name__ for c in Color.__mro__])
class N(enum.IntEnum):
    A = 1
    B = 2
print(N.A, repr(N.A), N.A + 1, format(N.B), f"{N.B:>3}", hash(N.A) == hash(1))
class E(Exception, Mixin): pass
e = E("boom")
print(str(e), repr(e), e.args)
class E2(Mixin, Exception): pass
print(str(E2("boom")))
class Meta(type):
    def __call__(cls, *a): return ("meta", super().__call__(*a))
class K(metaclass=Meta): pass
print(K()[0])
try:
    class Bad(int, int): pass
except TypeError as e: print(e)
try:
    class Bad2(Exception, ValueError): pass
except TypeError as e: print(e)
class VE(ValueError): pass
print([c.__name__ for c in VE.__mro__])
class A(LookupError): pass
class B(KeyError, A): pass
print([c.__name__ for c in B.__mro__])
print(str(B("k")))
class F(float):
    def __repr__(self): return "F!"
class G(F, Mixin): pass
print(repr(G(1.0)), str(G(1.0)), [c.__name__ for c in G.__mro__])
class D(dict, Mixin):
    pass
d = D(a=1)
print(d, repr(d))

# Assigning __class__ between user classes laid out alike changes the instance's class; other assignments raise CPython's TypeErrors.
class A:
    def hi(self): return "A"
class B:
    def hi(self): return "B"
    def __len__(self): return 7
a = A()
a.v = 1
a.__class__ = B
print(a.hi(), len(a), type(a).__name__, isinstance(a, B), isinstance(a, A), a.__class__, a.v, a.__dict__)
print(repr(a).split(" at ")[0])

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
    def get(self): return self.x
class S3:
    __slots__ = ("y",)
s = S1(); s.x = 5; s.__class__ = S2; print(s.get(), type(s).__name__)

class L(list): pass
class L2(list): pass
class I(int): pass
class AS(A): __slots__ = ()
class M(type): pass
l = L([1, 2]); l.__class__ = L2; print(type(l).__name__, l)

class Base:
    def who(self): return "Base"
class D1(Base):
    def who(self): return "D1>" + super().who()
class D2(Base):
    def who(self): return "D2>" + super().who()
d = D1(); d.__class__ = D2; print(d.who())

class E1(Exception): pass
class E2(Exception): pass
class E3(E1): pass
e = E3("boom"); e.__class__ = E2
try:
    raise e
except E2 as x:
    print("caught", type(x).__name__, x, isinstance(x, E1))

def t(obj, cls):
    try:
        obj.__class__ = cls
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)
for obj, cls in [(A(), int), (A(), 5), (A(), S1), (S1(), S3), (S1(), A), (L(), A), (I(3), A),
                 (A(), L), (1, A), ([], L), (A(), object), (object(), A), (E1(), A), (A(), AS),
                 (AS(), A), (A(), M)]:
    t(obj, cls)
try:
    del A().__class__
except TypeError as e:
    print("TypeError:", e)

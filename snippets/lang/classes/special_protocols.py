# Less common special methods: @, round/trunc/floor/ceil, three-argument
# pow, __slots__, __init_subclass__, descriptors, __missing__, metaclass
# hooks, __class_getitem__, __getattribute__ and __length_hint__.
import math
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __matmul__(self, o): return self.x*o.x + self.y*o.y
    def __round__(self, n=None): return V(round(self.x, n), round(self.y, n))
    def __trunc__(self): return 7
    def __floor__(self): return 1
    def __ceil__(self): return 2
    def __complex__(self): return complex(self.x, self.y)
    def __float__(self): return float(self.x)
    def __int__(self): return int(self.x)
    def __reversed__(self): return iter([self.y, self.x])
    def __repr__(self): return f"V({self.x!r}, {self.y!r})"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
v = V(1.26, 2.5)
print(v @ v, round(v), round(v, 1), math.trunc(v), math.floor(v), math.ceil(v), complex(v), float(v), int(v))
print(list(reversed(v)), divmod(v, 3), divmod(3, v), pow(v, 2, 5), v ** 3, -v, +v, ~v, abs(v))
try: v.z = 1
except AttributeError as e: print(e)
try: print(v.__dict__)
except AttributeError as e: print(e)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
print(Base.subs)
class D:
    def __set_name__(self, owner, name): self.name = name; print("set_name", owner.__name__, name)
    def __get__(self, obj, typ=None): return self if obj is None else f"get {self.name}"
    def __set__(self, obj, val): print("set", self.name, val)
    def __delete__(self, obj): print("delete", self.name)
class C:
    d = D()
c = C(); print(c.d); c.d = 5; del c.d; print(type(C.d).__name__)
class M(dict):
    def __missing__(self, k): return k * 2
m = M(a=1); print(m["a"], m["bb"], m.get("zz"))
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw); return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class K(metaclass=Meta, flag=True): pass
print(K.injected, isinstance(42, K), isinstance(1, K), issubclass(int, K), issubclass(str, K))
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int], G[1, 2])
class GA:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
g = GA(); print(g.magic, g.other)
class LH:
    def __length_hint__(self): return 5
    def __iter__(self): return iter([1,2])
import operator
print(operator.length_hint(LH()), operator.length_hint([1,2,3]), operator.length_hint(iter(range(10))))
print(f"{v!r:>20}", format(3.14159, ".2f"), f"{12345678:,}", f"{0.5:%}", f"{255:#x}", f"{'s':^7}|")
for it in [iter(range(10)), iter([1, 2, 3]), iter((1, 2)), iter("abc"), iter({1: 2}), iter({1, 2}), reversed([1, 2, 3]), iter(b"ab")]:
    print(type(it).__name__, it.__length_hint__(), operator.length_hint(it))
    next(it)
    print(it.__length_hint__())
class BadHint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
for v in [NotImplemented, 4, -1, "x", True]:
    try:
        print(operator.length_hint(BadHint(v), 9))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# User classes through the reduce protocol: __dict__ and __slots__ state,
# __getnewargs(_ex)__, __getstate__/__setstate__, __reduce__(_ex)__,
# subclasses of built-in types, nested classes, copyreg.
import pickle, copyreg

class Plain:
    def __init__(self, x):
        self.x = x
        self.y = [x, x]
    def __eq__(self, o): return type(o) is type(self) and vars(o) == vars(self)

class Empty:
    pass

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1

class SlotsDict(Slots):
    def __init__(self):
        super().__init__(); self.c = 3

class WithState:
    def __init__(self): self.v = 5
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = st['v'] + 1

class NewArgs:
    def __new__(cls, a, b=0):
        o = super().__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs__(self): return (self.a,)

class NewArgsEx:
    def __new__(cls, a, *, k):
        o = super().__new__(cls); o.a = a; o.k = k; return o
    def __getnewargs_ex__(self): return (self.a,), {'k': self.k}

class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v,))

class RedEx:
    def __reduce_ex__(self, p): return (RedEx, (), {'p': p})

class RedStr:
    def __reduce__(self): return 'red_str_instance'
red_str_instance = RedStr()

class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass

class Outer:
    class Inner:
        pass

def func(): pass

objs = [Plain(1), Empty(), Slots(), SlotsDict(), WithState(), NewArgs(7), Red(3), RedEx(), red_str_instance,
        MyList([1, 2]), MyDict(a=1), MyInt(5), MyStr('s'), MyTuple((1, 2)), Outer.Inner(), Outer.Inner, func, Plain, [Plain, Plain],
        ValueError('bad', 2), KeyError('k'), object()]
for o in objs:
    for p in range(6):
        try:
            s = pickle.dumps(o, p)
            print(type(o).__name__, p, s)
        except Exception as e:
            print(type(o).__name__, p, 'ERR', type(e).__name__, e)
            continue
        try:
            r = pickle.loads(s)
            print('  ->', type(r).__name__, getattr(r, '__dict__', None) if not isinstance(r, type) else r, r == o if type(o) not in (Plain, Empty) else vars(r) == vars(o))
        except Exception as e:
            print('  load ERR', type(e).__name__, e)
na = NewArgsEx(1, k=2)
for p in (4, 5):
    s = pickle.dumps(na, p); print(s); r = pickle.loads(s); print(r.a, r.k)
s = Slots(); s.b = 9
for p in range(2, 6):
    r = pickle.loads(pickle.dumps(s, p)); print(r.a, r.b)
w = WithState()
print(pickle.loads(pickle.dumps(w)).v)
# recursive instance
p1 = Plain(0); p1.me = p1
for p in range(6):
    print(pickle.dumps(p1, p))
    r = pickle.loads(pickle.dumps(p1, p)); print(r.me is r)
# copyreg dispatch
class Pt:
    def __init__(self, x): self.x = x
def red_pt(p): return (Pt, (p.x * 10,))
copyreg.pickle(Pt, red_pt)
print(pickle.dumps(Pt(1), 2), pickle.loads(pickle.dumps(Pt(2))).x)

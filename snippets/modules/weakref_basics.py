# weakref: ref, callbacks, proxy, WeakValueDictionary, WeakKeyDictionary,
# WeakSet, finalize (also at exit), WeakMethod.
import weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
    def __repr__(self): return f"A({self.n})"
a = A(1)
r = weakref.ref(a)
print(r() is a, r().n, type(r).__name__, r.__callback__)
def cb(wr):
    print("callback, dead:", wr() is None, wr is r2)
r2 = weakref.ref(a, cb)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r == weakref.ref(a), hash(r) == hash(a))
del a
print("after del", r(), r2())
print(repr(r)[-6:])
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
b = A(2)
p = weakref.proxy(b)
print(p.n, p.m(), repr(p)[:10])
del b
try:
    p.n
except ReferenceError as e:
    print("ReferenceError:", e)
d = weakref.WeakValueDictionary()
x, y = A(3), A(4)
d["x"] = x; d["y"] = y
print(len(d), sorted(d), d["x"])
del x
print(len(d), list(d.keys()), "x" in d, d.get("x", "gone"))
k = weakref.WeakKeyDictionary()
key = A(5)
k[key] = "five"
print(len(k), k[key], key in k)
del key
print(len(k), list(k.items()))
s = weakref.WeakSet()
z = A(6); s.add(z); print(len(s), z in s)
del z
print(len(s))
c = A(7)
f = weakref.finalize(c, print, "finalized", 7)
print(f.alive, f.peek()[1:] if f.peek() else None)
del c
print(f.alive)
o = A(8)
wm = weakref.WeakMethod(o.m)
print(wm()(), weakref.ref(o.m)())
del o
print(wm())
def func(): pass
rf = weakref.ref(func)
print(rf() is func)
class K: pass
rk = weakref.ref(K)
print(rk() is K)
fin = weakref.finalize(A(9), print, "never") 
keep = A(10)
weakref.finalize(keep, print, "at exit", 10)
print("end")

# The cycle collector: garbage cycles of instances are finalized (each
# __del__ once), cleared and freed by gc.collect(), automatically as
# instances accumulate, and at exit before __main__ is cleared.
import gc, weakref
count = 0
class N:
    def __del__(self):
        global count
        count += 1
for i in range(100000):
    a = N(); b = N(); a.o = b; b.o = a
print(count > 100000, count <= 200000)
del a, b
gc.collect()
print(count)
# resurrection
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R(); r.self = r
del r
print(gc.collect(), len(saved), saved[0].self is saved[0])
print(gc.collect())
# weakref callback on cycle
class W: pass
w = W(); w.me = w
ref = weakref.ref(w, lambda r: print("callback"))
del w
print(gc.collect(), ref())
# gc disabled: no automatic
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
# bound method cycle
class B:
    def m(self): pass
b = B(); b.cb = b.m; 
class D:
    def __del__(self): print("D del")
b.d = D()
del b
print(gc.collect())
x = N(); x.o = [x, (x, 1)]; del x
print(gc.collect())


class S:
    __slots__ = ("o",)


s = S(); s.o = s; del s
print(gc.collect())


class Node:
    def __init__(self, n):
        self.n = n
        self.other = None

    def __del__(self):
        print("node del", self.n)


n1 = Node(1); n2 = Node(2); n1.other = n2; n2.other = n1
del n1, n2
print("collected", gc.collect())
# left for exit: a garbage cycle (finalized first), then the globals
n3 = Node(3); n4 = Node(4); n3.other = n4; n4.other = n3
del n3, n4
g = Node(5)
c = Node(6); c.other = c
print("end")

# When weak reference callbacks run: after the object's __del__, not for a
# reference dropped first, and an exception from one is reported, not raised.
import weakref


class A:
    pass


class Bad:
    def __call__(self, wr):
        raise ValueError("from callback")

    def __repr__(self):
        return "Bad()"


a = A()
r = weakref.ref(a, Bad())
del a
print("after the failing callback")

b = A()
rr = weakref.ref(b, lambda wr: print("never printed"))
del rr
del b
print("a dropped reference calls nothing")


class C:
    def __del__(self):
        print("__del__ runs first")


c = C()
rc = weakref.ref(c, lambda wr: print("then the callback; dead:", wr() is None))
print(rc.__callback__ is not None)
c = None
print(rc.__callback__, rc())
try:
    rc.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
for bad in [1, "s", (1,), [1], {}, None]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)

# __slots__ limits instance attributes; class attributes are shadowed by instance ones.
class Vector:
    __slots__ = ("x", "y")
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

v = Vector(1, 2)
v.x += 10
print(v.x, v.y, v.dims, Vector.__slots__, hasattr(v, "__dict__"))
for attempt in ("z", "dims"):
    try:
        setattr(v, attempt, 0)
    except AttributeError as e:
        print("AttributeError:", e)
del v.y
try:
    v.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    del v.y
except AttributeError as e:
    print("AttributeError:", e)

class Vector3(Vector):
    __slots__ = ("z",)

w = Vector3(1, 2)
w.z = 3
print(w.x, w.y, w.z, isinstance(w, Vector))

class Tagged(Vector):
    pass

t = Tagged(5, 6)
t.label = "free"
print(t.label, t.__dict__)

class Counter:
    count = 0
    tags = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.tags.append(name)

a, b = Counter("a"), Counter("b")
a.count = 100
print(a.count, b.count, Counter.count, a.tags is b.tags, Counter.tags)
del a.count
print(a.count, "count" in vars(a), vars(b))

class Child(Counter):
    count = -1

c = Child("c")
print(c.count, Child.count, Counter.count, Counter.tags)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)

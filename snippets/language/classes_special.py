# User classes: special methods, properties, class and static methods, super() with multiple inheritance.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)
    def __bool__(self):
        return bool(self.x or self.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, v == Vec(1, 2), v != w, len(v), v[0], v[-1], list(v), bool(Vec(0, 0)))
print([v, w], {'k': v}, (v,), sorted([w, v]), max(v, w), str(v), f"{v}", "%s" % (v,))
x, y = v
print(x, y, 1 in v, 5 in v)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.n = Counter.count
    @staticmethod
    def info():
        return 'counter'
    @classmethod
    def make(cls):
        return cls()
    @property
    def double(self):
        return self.n * 2
    @double.setter
    def double(self, v):
        self.n = v // 2
c = Counter.make()
c2 = Counter()
print(c.n, c2.n, Counter.count, Counter.info(), c.info(), c.double)
c.double = 20
print(c.n, c.double)
class Base:
    def hello(self):
        return 'base'
class Left(Base):
    def hello(self):
        return 'left+' + super().hello()
class Right(Base):
    def hello(self):
        return 'right+' + super().hello()
class Both(Left, Right):
    def hello(self):
        return 'both+' + super().hello()
print(Both().hello(), [k.__name__ for k in Both.__mro__])
print(isinstance(Both(), Base), issubclass(Both, Right), issubclass(Base, Both), type(Both()) is Both)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def __contains__(self, x):
        return x in self.items
    def __call__(self, x):
        return self.push(x)
s = Stack().push(1).push(2)
s(3)
print(s.items, 2 in s, 9 in s, callable(s), getattr(s, 'items'), hasattr(s, 'nope'))
setattr(s, 'name', 'st')
print(s.name, vars(s)['name'])
del s.name
print(hasattr(s, 'name'))
class Temp:
    def __getattr__(self, name):
        return name.upper()
print(Temp().hello)
o = object()
print(type(o), str(o)[:14])

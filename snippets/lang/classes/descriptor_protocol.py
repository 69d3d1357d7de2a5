# The descriptor protocol: validated fields, data vs non-data precedence, cached values, class-level access and __getattribute__
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name
        print(f"{owner.__name__}.{name} is a {self.kind.__name__}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("resetting", self.name)
        delattr(obj, self.slot)


class Item:
    name = Typed(str, "?")
    price = Typed(float, 0.0)

    def __init__(self, name, price):
        self.name = name
        self.price = price


it = Item("pen", 1.5)
print(it.name, it.price, vars(it))
try:
    it.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
del it.price
print(it.price, vars(it))
print(type(Item.name).__name__, Item.name.slot, Item.__dict__["price"].kind)
# A data descriptor wins over the instance's own attribute...
vars(it).update(name="shadow")
print(it.name)


class Lazy:
    """A non-data descriptor: the first lookup stores the value on the instance."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Report:
    calls = 0

    @Lazy
    def total(self):
        Report.calls += 1
        return 40 + 2


r = Report()
print(r.total, r.total, Report.calls, vars(r))
# ... while an instance attribute shadows a non-data descriptor.
r.total = "own"
print(r.total, type(Report.total).__name__)


class ReadOnly:
    def __get__(self, obj, cls):
        return "constant"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Holder:
    value = ReadOnly()


h = Holder()
try:
    h.value = 1
except AttributeError as e:
    print("AttributeError:", e)
print(h.value, Holder.value)


class OnlyDelete:
    def __get__(self, obj, cls):
        return "got"

    def __delete__(self, obj):
        print("deleted")


class D:
    x = OnlyDelete()


d = D()
del d.x
try:
    d.x = 5
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    def __init__(self):
        self.seen = []

    def __get__(self, obj, cls):
        self.seen.append((obj is None, cls.__name__))
        return len(self.seen)


class Base:
    hits = Counter()


class Child(Base):
    pass


print(Base.hits, Child.hits, Child().hits, Base.__dict__["hits"].seen)


class Meta(type):
    @property
    def label(cls):
        return f"class {cls.__name__}"

    def describe(cls):
        return f"{cls.__name__} via its metaclass"


class Widget(metaclass=Meta):
    pass


print(Widget.label, Widget.describe())
try:
    Widget().label
except AttributeError as e:
    print("AttributeError:", e)
try:
    Widget.label = "x"
except AttributeError as e:
    print("AttributeError:", e)


class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, cls):
        print("binding", self.f.__name__, "to", type(obj).__name__)
        return lambda *args: self.f(obj, *args)


class Calc:
    @Method
    def __add__(self, other):
        return f"add {other}"

    @Method
    def double(self, x):
        return 2 * x


print(Calc() + 1, Calc().double(21))


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("get", name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback " + name


log = Logged()
print(log.x, log.missing, object.__getattribute__(log, "x"))


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_target"), name)


p = Proxy([3, 1, 2])
print(p.count(1), p.index(2), p._target)
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)

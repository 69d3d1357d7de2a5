# super() in its explicit forms, in class methods and metaclasses, and __instancecheck__/__subclasscheck__ hooks
class Base:
    def greet(self):
        return "base"

    @classmethod
    def create(cls):
        return f"created {cls.__name__}"

    @staticmethod
    def version():
        return 1


class Middle(Base):
    def greet(self):
        return "middle>" + super().greet()

    @classmethod
    def create(cls):
        return "middle>" + super().create()


class Leaf(Middle):
    def greet(self):
        return "leaf>" + super(Middle, self).greet()

    @classmethod
    def create(cls):
        return "leaf>" + super(Leaf, cls).create()


leaf = Leaf()
print(leaf.greet(), Leaf.create(), super(Leaf, leaf).version())
print(super(Middle, leaf), super(Leaf, Leaf), super(Leaf))
s = super(Middle, leaf)
print(s.__thisclass__, s.__self__ is leaf, s.__self_class__, super(Leaf).__self__)
unbound = super(Middle)
print(unbound.__get__(leaf).greet(), unbound.__get__(leaf, Leaf))
print(super(int, 5).__repr__(), super(bool, True).conjugate(), super(type, None))
try:
    super(Leaf, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Leaf, leaf).missing
except AttributeError as e:
    print("AttributeError:", e)


class Tracing(type):
    def __new__(mcls, name, bases, ns):
        print("Tracing.__new__", name, type(super().__new__).__name__)
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print("Tracing.__call__", cls.__name__, args)
        return super().__call__(*args)


class Traced(metaclass=Tracing):
    def __init__(self, x):
        self.x = x


print(Traced(5).x, type(Tracing.mro).__name__, type(Traced.mro).__name__)


class Registry(type):
    def __instancecheck__(cls, obj):
        print("checking instance", type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("checking subclass", sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Registry):
    def quack(self):
        return "quack"


class Robot:
    def quack(self):
        return "beep"


print(isinstance(Robot(), Duck), isinstance(3, Duck), isinstance(Duck(), Duck))
print(issubclass(Robot, Duck), issubclass(int, (str, Duck)), issubclass(Duck, Duck))
print(Duck.__instancecheck__(Robot()), type.__instancecheck__(Duck, Robot()))


class AnyOf:
    def __init__(self, *types):
        self.types = types

    def __instancecheck__(self, obj):
        return isinstance(obj, self.types)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.types)


number = AnyOf(int, float)
print(isinstance(2.5, number), isinstance("x", number), issubclass(bool, number), issubclass(str, number))
for bad in ["isinstance(1, 2)", "issubclass(1, int)", "issubclass(int, 1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(f"{bad}: {e}")

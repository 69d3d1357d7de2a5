# abc: abstract methods, properties and classmethods; instantiation errors; register and virtual subclasses
from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class FullSquare(Square):
    def perimeter(self):
        return 4 * self.side


for cls in (Shape, Square, FullSquare):
    print(cls.__name__, sorted(cls.__abstractmethods__))
    try:
        print(cls(3).describe())
    except TypeError as e:
        print("TypeError:", e)


class Config(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def version():
        ...


try:
    Config()
except TypeError as e:
    print(e)


class Real(Config):
    @property
    def name(self):
        return "real"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


print(Real.create().name, Real.version(), Real.__abstractmethods__)
print(isinstance(Real(), Config), issubclass(Real, Config), type(Config), type(ABC))


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


class Tall(Box):
    pass


print(isinstance(Box(), Sized), isinstance(3, Sized), issubclass(Tall, Sized), issubclass(Sized, Sized))


class Drawable(ABC):
    pass


token = get_cache_token()


@Drawable.register
class Widget:
    pass


print(Drawable.register(Widget) is Widget, get_cache_token() > token)
print(isinstance(Widget(), Drawable), issubclass(Widget, Drawable), issubclass(int, Drawable))
Drawable.register(tuple)
print(isinstance((1,), Drawable), isinstance([1], Drawable))


class SubWidget(Widget):
    pass


print(issubclass(SubWidget, Drawable), Drawable in SubWidget.__mro__)
try:
    Drawable.register(3)
except TypeError as e:
    print(e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(e)


class Parent(ABC):
    pass


class Child(Parent):
    pass


try:
    Child.register(Parent)
except RuntimeError as e:
    print(e)


class Later(ABC):
    def run(self):
        return "ran"


Later.run = abstractmethod(Later.run)
update_abstractmethods(Later)
try:
    Later()
except TypeError as e:
    print(e)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__, ABC.__abstractmethods__)


class Old(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...


print(sorted(Old.__abstractmethods__))


class Empty(ABC):
    pass


print(type(Empty()).__name__, repr(Empty.__abstractmethods__))

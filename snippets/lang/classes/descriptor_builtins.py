# property, staticmethod and classmethod as descriptor objects: __get__, __set__, __func__, docs and their errors
class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="Degrees Fahrenheit.")
    kelvin = property()


t = Temperature(20)
prop = Temperature.celsius
print(type(prop).__name__, prop.__doc__, Temperature.fahrenheit.__doc__)
print(prop.__get__(t), prop.__get__(None, Temperature) is prop, prop.__get__(t, Temperature))
prop.__set__(t, 25)
print(t.celsius, t.fahrenheit)
prop.__delete__(t)
print(t.celsius)
print(prop.fget.__name__, prop.fset.__name__, prop.fdel.__name__)
print(prop.getter(None) is prop, prop.setter(None).fset is prop.fset)
new = prop.getter(lambda self: "replaced")
print(new.__get__(t), new.__doc__, new.fset is prop.fset)
for stmt in ["t.kelvin", "t.kelvin = 1", "del t.kelvin", "t.fahrenheit = 0", "del t.fahrenheit"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(f"{stmt}: {e}")
loose = property(lambda self: 1)
try:
    loose.__set__(t, 5)
except AttributeError as e:
    print("AttributeError:", e)
loose.__doc__ = "patched"
print(loose.__doc__, loose.__isabstractmethod__)
try:
    property.__get__(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    property(fget=None, colour="red")
except TypeError as e:
    print("TypeError:", e)


class Tools:
    @staticmethod
    def add(a, b):
        "Add two things."
        return a + b

    @classmethod
    def make(cls, *args):
        return cls, args


sm = Tools.__dict__["add"]
cm = Tools.__dict__["make"]
print(sm, cm)
print(sm.__func__ is sm.__wrapped__, sm.__name__, sm.__qualname__, sm.__doc__)
print(sm(2, 3), sm.__get__(None, Tools)(4, 5), Tools.add is sm.__func__)
print(cm.__func__.__name__, cm.__get__(None, Tools)(1), cm.__get__(Tools())(2))
print(Tools().make(3), Tools.make.__self__, Tools.make.__func__ is cm.__func__)
print(staticmethod(len)([1, 2]), classmethod(len).__get__(None, dict).__self__)
print(sm.__isabstractmethod__, cm.__isabstractmethod__)


def marked(f):
    f.__isabstractmethod__ = True
    return f


class Shape:
    @property
    @marked
    def area(self):
        pass

    @staticmethod
    @marked
    def unit():
        pass


print(Shape.area.__isabstractmethod__, Shape.__dict__["unit"].__isabstractmethod__)
for bad in ["staticmethod()", "classmethod(1, 2)", "staticmethod(f=len)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(f"{bad}: {e}")

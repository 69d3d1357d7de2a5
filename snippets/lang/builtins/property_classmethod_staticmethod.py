# property, classmethod and staticmethod used as plain builtins (not decorators).
class Circle:
    def __init__(self, r):
        self._r = r
    def _get_r(self):
        return self._r
    def _set_r(self, v):
        self._r = max(0, v)
    radius = property(_get_r, _set_r)
    def _area(self):
        return 3 * self._r ** 2
    area = property(_area)
    def _make(cls, r):
        return cls(r)
    make = classmethod(_make)
    def _unit():
        return "cm"
    unit = staticmethod(_unit)

c = Circle.make(2)
print(c.radius, c.area, Circle.unit(), c.unit())
c.radius = -5
print(c.radius)
print(type(Circle.__dict__["make"]).__name__, type(Circle.__dict__["unit"]).__name__, type(Circle.radius).__name__)
try:
    c.area = 1
except AttributeError as e:
    print(e)

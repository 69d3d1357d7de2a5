# Reflected operators (__radd__ etc.) and their priority for subclasses.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    __radd__ = __add__
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return other / self.cents
    def __rpow__(self, other):
        return other ** self.cents
    def __rand__(self, other):
        return "rand"
    def __ror__(self, other):
        return "ror"
    def __rxor__(self, other):
        return "rxor"
    def __rlshift__(self, other):
        return "rlshift"
    def __rfloordiv__(self, other):
        return "rfloordiv"
    def __rmod__(self, other):
        return "rmod"

print(5 + Money(10), Money(1) + Money(2), sum([Money(1), Money(2), Money(3)]))
print(100 - Money(30), 10 / Money(4), 2 ** Money(10))
print(1 & Money(0), 1 | Money(0), 1 ^ Money(0), 1 << Money(0), 1 // Money(0), 1 % Money(0))

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived())

# Methods taken from built-in types are method descriptors: stored in a class they bind, and a number subclass runs its base's slot first.
import operator


class Money(int):
    __add__ = int.__add__          # the slot wrapper, bound on instances
    shout = str.upper              # bound too, but checks its receiver


class Label(str):
    up = str.upper
    __add__ = str.__add__          # the same as inheriting: no numeric slot


class Other:
    def __radd__(self, other):
        return "Other.__radd__"


print(int.__add__, str.upper, list.append, str.__format__)
print(Money(5).__add__(2), Money(5) + 3, Label("abc").up())
print(Label("x") + Other(), operator.add(Label("x"), Other()))
try:
    Money(1).shout()
except TypeError as e:
    print("TypeError:", e)


class Plain(int):
    pass


class Reflects(int):
    def __radd__(self, other):
        return "Reflects.__radd__"


# Neither is a subclass of the other: the left operand's inherited int
# addition answers first; a plain int on the left defers to the subclass.
print(Plain(1) + Reflects(2), 1 + Reflects(2), Plain(1) + 2.5)
print(Ellipsis.__repr__(), NotImplemented.__repr__(), (None).__repr__())
print(int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)

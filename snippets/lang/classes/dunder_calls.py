# Special methods called directly on built-in values and through object: results and NotImplemented.
print((5).__add__(3), (5).__radd__(2), (5).__add__("x"), (7).__truediv__(2), (2).__pow__(10))
print([1, 2].__len__(), [1, 2].__getitem__(-1), [1].__add__([2]), [1].__mul__(3), (1, 2).__contains__(2))
print("abc".__len__(), "ab".__add__("c"), "a".__eq__("a"), "a".__eq__(1), "a".__lt__("b"), "%d".__mod__(4))
print({"k": 1}.__getitem__("k"), {"k": 1}.__contains__("z"), {1, 2}.__or__({3}), b"ab".__len__())
d = {}
d.__setitem__("a", 1)
d.__delitem__("a")
print(d, (3).__neg__(), (3).__abs__(), (-3).__abs__(), (2.5).__bool__(), (0).__bool__())
print([].__hash__, (1, 2).__hash__() == hash((1, 2)), "x".__hash__() == hash("x"), (3).__hash__())
print((1).__eq__(1.0), (1).__lt__(2.5), (1).__eq__("1"), [1].__eq__((1,)), (1, 2).__lt__((1, 3)))
print(repr(3).__repr__(), (1.5).__repr__(), [1, "a"].__repr__(), "q".__str__(), (4).__format__("03d"))

class Plain:
    pass

p, q = Plain(), Plain()
print(p.__eq__(p), p.__eq__(q), p.__ne__(q), p.__ne__(p), p.__lt__(q), p.__hash__() == hash(p))
print(p.__str__() == p.__repr__(), p.__format__(""), p.__class__.__name__)
p.__setattr__("x", 1)
print(p.x, p.__getattribute__("x"), vars(p))
p.__delattr__("x")
print(vars(p), object.__repr__(p) == repr(p))
try:
    p.__format__("d")
except TypeError as e:
    print("TypeError:", e)
try:
    p.__getattribute__("missing")
except AttributeError as e:
    print("AttributeError:", e)
print(list.__len__([1, 2, 3]), str.upper("x"), int.__add__(1, 2), dict.__getitem__({"a": 1}, "a"))

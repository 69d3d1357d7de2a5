# str special methods called directly, and str operations via operator forms.
s = "abc"
print(s.__len__(), s.__contains__("b"), s.__getitem__(-1), s.__getitem__(slice(1, None)))
print(s.__add__("def"), s.__mul__(2), s.__rmul__(3), s.__mod__(()) if "%" in s else s % ())
print(s.__eq__("abc"), s.__ne__("abd"), s.__lt__("abd"), s.__ge__("ab"), s.__eq__(1))
print(s.__repr__(), s.__str__(), s.__format__(">5"), s.__hash__() == hash(s))
print(list(s.__iter__()), "b" in s, "bc" in s, "cb" in s)
try:
    1 in s
except TypeError as e:
    print(e)
try:
    s + None
except TypeError as e:
    print(e)
try:
    s * 2.0
except TypeError as e:
    print(e)

# An array's special methods called by name act as its operators do.
from array import array

a = array("i", [1, 2, 3])
print(a.__len__(), a.__contains__(2), a.__contains__(9))
print(a.__getitem__(-1), a.__getitem__(slice(0, 2)))
a.__setitem__(0, 10)
a.__delitem__(1)
print(a, list(a.__iter__()))
print(a.__add__(array("i", [7])), a.__mul__(2), a.__rmul__(2))
same = a.__iadd__(array("i", [4]))
print(same is a, a)
same = a.__imul__(2)
print(same is a, a)
print(type(a).__hash__)

for method, args in [
    (a.__add__, ([1],)),
    (a.__mul__, (1.5,)),
    (a.__iadd__, ((1,),)),
    (a.__getitem__, ("x",)),
    (a.__contains__, ()),
    (a.__len__, (1,)),
]:
    try:
        print(method(*args))
    except TypeError as e:
        print(e)


class Samples(array):
    pass


s = Samples("b", [1, 2])
print(s.__len__(), s.__add__(s), type(s.__add__(s)).__name__, s.__contains__(2))

# `!=` on a class without `__ne__` goes through object.__ne__, which
# inverts that side's `__eq__` before the other operand is asked.
class Yes:
    def __eq__(self, other):
        print("Yes.__eq__", type(other).__name__)
        return True


class OnlyNe:
    def __ne__(self, other):
        print("OnlyNe.__ne__", type(other).__name__)
        return "ne-result"


class Declines:
    def __eq__(self, other):
        print("Declines.__eq__", type(other).__name__)
        return NotImplemented


class IntLike(int):
    def __eq__(self, other):
        print("IntLike.__eq__")
        return True


y, n, d = Yes(), OnlyNe(), Declines()
print(y != n)
print(n != y)
print(d != y)
print(y != d)
print(d != d, d != Declines())
print(1 != y, y != 1)
print(IntLike(3) != 3, IntLike(3) != 4)
print([y] != [n], (d,) != (d,))

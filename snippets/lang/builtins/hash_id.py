# hash() of numbers is consistent across types; id() is stable and unique per live object.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-2.5), hash(10 ** 20))
print(hash(()), hash((1, 2)), hash(None) == hash(None), hash(float("inf")), hash(float("-inf")))
class K:
    def __hash__(self):
        return 42
print(hash(K()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
a = [1]
print(id(a) == id(a), id(a) != id([1]), isinstance(id(a), int))

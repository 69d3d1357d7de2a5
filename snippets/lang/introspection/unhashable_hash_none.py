# Mutable built-in containers have __hash__ None; zip/map/enumerate's __dict__ holds their __iter__ and __next__
import array

for t in [list, dict, set, bytearray]:
    print(t.__name__, t.__hash__, "__hash__" in t.__dict__)
print(slice.__hash__, array.array.__hash__)
print(tuple.__hash__ is None, frozenset.__hash__ is None, int.__hash__ is None)
print("__iter__" in zip.__dict__, zip.__dict__["__iter__"], zip.__dict__["__next__"])
print(map.__iter__, enumerate.__next__)
z = zip([1, 2], "ab")
print(zip.__next__(z), zip.__iter__(z) is z, next(z))
try:
    hash([])
except TypeError as e:
    print(e)
zip.__next__(z)

# enumerate with start and zip with strict, both lazy iterators.
e = enumerate("abc", start=1)
print(type(e).__name__, next(e), list(e))
print(list(enumerate([], 5)), list(enumerate("x", start=-1)))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, next(z), list(z), list(zip()))
print(list(zip(range(3), range(10, 13), strict=True)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
keys, vals = zip(*[("a", 1), ("b", 2)])
print(keys, vals)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    enumerate(5)
except TypeError as e:
    print(e)

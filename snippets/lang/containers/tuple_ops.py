# Tuples: packing, count/index, concatenation, comparison and hashing.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, t[1:4], len(t))
single = (5,)
print(single, type(single).__name__, (), tuple(), tuple("ab"), tuple([1, [2]]))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2))
print({(1, 2): "pair"}[(1, 2)], hash((1, 2)) == hash((1, 2)))
x, y = t[:2]
print(x, y)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], sum(nested, ()))

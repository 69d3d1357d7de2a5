# hash() of ints, floats, tuples and frozensets of numbers (stable across runs).
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**100), 10**20]:
    print(v, hash(v))
for f in [0.0, -0.0, 0.5, 1.5, -2.25, 1e-300, 1e300, float("inf"), float("-inf"), 3.0]:
    print(f, hash(f))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((0.5, -1, True)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))

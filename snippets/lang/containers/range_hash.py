# Ranges hash as CPython's: equal ranges (also empty ones with different bounds) hash alike, so they work as dict keys and set members
print(hash(range(1)) == hash(range(1)), hash(range(0)) == hash(range(5, 5)), hash(range(0, 10, 3)) == hash(range(0, 11, 3)))
print(hash(range(1)) == hash((1, 0, None)), hash(range(0)) == hash((0, None, None)), hash(range(1, 5, 2)) == hash((2, 1, 2)))
d = {range(3): "a"}
print(d[range(0, 3)], range(2, 2) in {range(0)}, len({range(1), range(1, 2), range(0, 1)}))

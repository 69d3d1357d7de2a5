# range objects: len, indexing, slicing, containment, equality and repr.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(range(5), range(0), list(range(5, 0, -1)), list(range(0, -6, -2)))
print(r.index(8), r.count(8), range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
print(len(range(0, 10 ** 12, 7)), range(10 ** 12)[10 ** 11])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)

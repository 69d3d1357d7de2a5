# list operators: +, *, in, comparisons, len/min/max/sum, enumerate and zip.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 in a, 5 not in a, a == [1, 2, 3], a < [1, 2, 4], [] < [0])
print(len(a), min(a), max(a), sum(a), sum([0.5, 0.25]), list(enumerate(a, start=10)))
print(list(zip(a, "abc", [True, False, None])), list(zip(a, [])))
print([x for x in reversed(a)], a[::-1], list(map(str, a)))
try:
    a + (4,)
except TypeError as e:
    print(e)
try:
    a * 1.5
except TypeError as e:
    print(e)
print(list(range(3)) * 0, [[]] + [[]], [None] * 2)

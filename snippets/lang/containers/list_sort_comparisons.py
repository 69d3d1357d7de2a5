# list.sort and sorted make CPython's comparisons in CPython's order (for
# lists shorter than 64): the first pair that does not compare is the one
# CPython reports, and a failed sort leaves the list as CPython does.


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print("  %d < %d" % (self.n, other.n))
        return self.n < other.n

    def __repr__(self):
        return "L%d" % self.n


for data in ([3, 1, 2], [1, 2, 3], [3, 2, 1], [2, 2, 1, 3, 0], [5, 1, 4, 1, 5, 9, 2, 6]):
    items = [Loud(n) for n in data]
    print(data)
    items.sort()
    print("->", items)
print("reverse")
items = [Loud(n) for n in [1, 3, 2]]
print(sorted(items, reverse=True))

for data in ([(1e-05, 1), (-1, ""), ("Z", 1), ("\\", [])], [1e-05, -1, "Z", "\\"],
             ["a", 1.5, 3], [2, 1, "x", 0], [1, "a"], ["b", "a", 3, "c"]):
    lst = list(data)
    try:
        lst.sort()
    except TypeError as e:
        print(e, lst)
    lst = list(data)
    try:
        lst.sort(reverse=True)
    except TypeError as e:
        print("reverse:", e, lst)
pairs = [(1, "b"), (0, "c"), (1, "a"), (0, "a")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))

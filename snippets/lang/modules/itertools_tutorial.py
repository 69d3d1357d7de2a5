# itertools in tutorial style: pagination with islice, running totals, grid coordinates, run-length encoding.
from itertools import islice, accumulate, product, groupby, count, chain, zip_longest, permutations, combinations
import operator

def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, n))
        if not chunk:
            return
        yield chunk

print(list(batched(range(7), 3)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print([f"{r}{c}" for r, c in product("AB", range(1, 3))])
print("".join(f"{len(list(g))}{k}" for k, g in groupby("aaabccdddd")))
for i, name in zip(count(1), ["x", "y"]):
    print(i, name)
print(list(chain.from_iterable([[1, 2], [3], []])))
print(list(zip_longest("ab", "wxyz", fillvalue=".")))
print(len(list(permutations(range(4)))), len(list(combinations(range(5), 2))))
print(list(map(operator.itemgetter(0), [("a", 1), ("b", 2)])))

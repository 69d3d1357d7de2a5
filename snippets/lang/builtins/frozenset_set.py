# set() and frozenset() constructors from iterables; immutability of frozenset.
print(set([3, 1, 2, 1]), frozenset("aab") == frozenset("ab"), set(), frozenset())
print(set(range(5)), set({"k": 1}), set((1, 1)), len(frozenset(range(100))))
fs = frozenset([1, 2])
try:
    fs.add(3)
except AttributeError as e:
    print(e)
print(hash(fs) == hash(frozenset([2, 1])), fs | {3}, {4} | fs)
try:
    set(5)
except TypeError as e:
    print(e)

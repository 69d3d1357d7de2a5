# frozenset has only the non-mutating set methods; set and frozenset methods called through the class
fs = frozenset({3, 1, 2})
print(hasattr(fs, "add"), hasattr(fs, "union"), hasattr(set(), "add"))
print([m for m in dir(fs) if not m.startswith("_")])
sets = [{1, 2, 3}, {2, 3, 4}, {3, 4, 5}]
print(set.intersection(*sets), set.union(*sets))
print(frozenset.union(fs, [9]), set.issubset({1}, fs))
s = set()
set.add(s, 3)
print(s)
for bad in [lambda: frozenset.add, lambda: fs.add(4), lambda: frozenset.union({1}, {2}), lambda: set.union()]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
fs.discard(1)

# sorted() is stable; key/reverse keep equal elements in original order.
records = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[1]) == sorted(records, key=lambda r: r[1]))
print(sorted([3, 1, 2]), sorted((3, 1, 2)), sorted("cba"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted([1.5, 1, True, 0.5]), sorted(["B", "a", "C"], key=str.lower), sorted([], reverse=True))
print(sorted(range(10), key=lambda n: (n % 3, -n)))
try:
    sorted()
except TypeError as e:
    print(e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(e)
try:
    sorted([1], bad=True)
except TypeError as e:
    print(e)

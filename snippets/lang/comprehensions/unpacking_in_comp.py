# Tuple unpacking and enumerate/zip inside comprehensions.
pairs = [("a", 1), ("b", 2), ("c", 3)]
print([f"{k}{v}" for k, v in pairs])
print([i * v for i, (_, v) in enumerate(pairs)])
print({k: i for i, k in enumerate("xyz", start=1)})
points = [(1, 2, 3), (4, 5, 6)]
print([x + y + z for x, y, z in points])
print([(a, rest) for a, *rest in points])
names = ["ann", "bob"]
ages = [31, 42]
print([f"{n.title()} is {a}" for n, a in zip(names, ages)])
print(sorted([(v, k) for k, v in dict(pairs).items()], reverse=True))

# Dict comprehensions: inversion, filtering, building from pairs.
prices = {"apple": 3, "pear": 5, "fig": 2}
print({k: v * 2 for k, v in prices.items()})
print({v: k for k, v in prices.items()})
print({k: v for k, v in prices.items() if v > 2})
print({i: chr(65 + i) for i in range(5)})
print({w: len(w) for w in "the quick brown fox".split()})
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)})
print({k: [n for n in range(v)] for k, v in zip(keys, vals)})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print({k: counts[k] for k in sorted(counts)})

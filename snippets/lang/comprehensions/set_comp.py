# Set comprehensions: duplicates vanish; small ints print in order.
print({n % 5 for n in range(20)})
print({len(w) for w in ["a", "bb", "cc", "ddd"]})
print(sorted({c.lower() for c in "HelloWorld"}))
print({x * y for x in range(1, 4) for y in range(1, 4)})
s = {i for i in range(5) if i != 2}
print(s, 2 in s, 4 in s, len(s))
print(set() == {x for x in []})

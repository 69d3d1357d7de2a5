# Generator expressions: lazy, single-pass, usable directly as call arguments.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
g = (n for n in range(3))
print(type(g).__name__, next(g), list(g), list(g))
print(", ".join(str(n) for n in range(5)))
print(sorted((n % 3, n) for n in range(6)))
print(tuple(c for c in "abc"), set(n % 2 for n in range(4)))
print(dict((k, k * 2) for k in range(3)))
total = 0
for sq in (i * i for i in range(4)):
    total += sq
print(total)

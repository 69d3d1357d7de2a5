# Set algebra with operators and methods; frozenset as dict keys.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}))
s = set()
s.add(3); s.add(1); s.update([2, 2, 5], (7,))
print(s, len(s))
s.discard(99); s.remove(7)
print(s, s.pop() in {1, 2, 3, 5})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2])
print(fs, {fs: "frozen"}[frozenset([2, 1])], fs | {3}, type(fs | {3}).__name__)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("hello")))
c = a.copy(); c.clear()
print(c, a, set(), frozenset())
a -= {1}
print(a)

# Sets and frozensets: CPython iteration order, operators, methods, errors.
s = {3, 1, 2}
print(s, set(), frozenset(), frozenset([5, 1]), {10, 2, 33, 4, 100, 7, 64, 8, 9})
print(set(range(20)), set([100, 1, 50]), {-1, -2, 5})
s.add(10)
s.discard(1)
s.remove(2)
print(s, len(s), 3 in s, 2 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([2, 3]), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set('hello')
print(len(c), sorted(c))
d = {x * x for x in range(-3, 4)}
print(d)
fs = frozenset({1, 2})
print(fs, {fs: 'x'}, hash(fs) == hash(frozenset([2, 1])), type(fs).__name__)
p = {5, 6, 7}
print(p.pop(), p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    {1}.remove(9)
except KeyError as e:
    print('KeyError', e)
try:
    {[1]}
except TypeError as e:
    print(e)
u = {1, 2}
u |= {3}
u &= {1, 3}
print(u, sorted({'b', 'a'}), list({(1, 2), (1, 2)}))
print(set([1000, 2000, 3000, 1]), {0.5, 1, 1.0, True})
big = set(range(0, 1000, 7))
print(len(big), list(big)[:12])
for x in {9, 8, 7}:
    print(x, end=' ')
print()

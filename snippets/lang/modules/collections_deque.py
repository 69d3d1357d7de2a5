# collections.deque: maxlen, every method, rotate, indexing, operators, repr and errors word for word.
from collections import deque
def t(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
d = deque([1, 2, 3], 5)
t(lambda: deque().pop()); t(lambda: deque().popleft()); t(lambda: d[10]); t(lambda: d.remove(9)); t(lambda: d.index(9)); t(lambda: deque([1], 1).insert(0, 2))
t(lambda: deque([], -1)); t(lambda: deque(1)); t(lambda: d + [1]); t(lambda: d[1:2]); t(lambda: d.rotate('a')); t(lambda: d * 2); t(lambda: hash(d)); t(lambda: d['a'])
t(lambda: deque(maxlen=2)); t(lambda: d.maxlen); t(lambda: deque('abc').count('a')); t(lambda: deque([1], 'a'))
t(lambda: d.__class__); t(lambda: deque([1, 2]) < deque([1, 3])); t(lambda: deque([1]) == [1])
t(lambda: d.index(2, 0, 1)); t(lambda: d.insert(1))
x = deque([1]); x.append(x); print(x)
q = deque(range(5), maxlen=3); print(q, len(q), bool(q), bool(deque()))
q.appendleft(9); print(q); q.extend([7, 8]); print(q); q.extendleft('ab'); print(q)
r = deque(range(6)); r.rotate(2); print(r); r.rotate(-3); print(r); r.reverse(); print(r)
print(r[0], r[-1], 3 in r, 10 in r, list(reversed(r)), r.index(3))
r[0] = 'z'; del r[1]; print(r, r.pop(), r.popleft(), r)
r += [1, 2]; print(r); r *= 2; print(r); print(r.copy(), r == r.copy(), r is r.copy())
r.clear(); print(r, deque('ab') + deque('cd'), 2 * deque([1]))
it = iter(deque([1, 2]))
print(next(it), type(it).__name__)
m = deque([1, 2, 3])
try:
    for v in m:
        m.append(v)
except RuntimeError as e:
    print(e)
print(isinstance(m, deque), type(m), deque.__name__, deque.__module__)
print(sorted(n for n in dir(deque([])) if not n.startswith('_') and n != 'maxlen'))

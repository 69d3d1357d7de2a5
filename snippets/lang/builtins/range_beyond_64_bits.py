# Ranges beyond 64 bits index, slice, iterate, reverse, compare, hash and answer in/count/index as in CPython; only len() refuses them.
r = range(1 << 64)
for f in [lambda: len(r), lambda: list(r), lambda: tuple(range(1<<64)),
          lambda: r[2**64], lambda: r[-2**64-1], lambda: r['a'], lambda: r.index(-1), lambda: r[::0],
          lambda: len(range(-2**63, 2**63 - 1)), lambda: r[1.5:]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
it = iter(r); print(type(it).__name__, next(it), next(it))
print(type(reversed(r)).__name__, type(iter(range(3))).__name__, type(iter(range(2**63-1))).__name__)
print(bool(range(1<<64, 1<<64)), bool(r))
print(hash(range(1<<64)) == hash((1<<64, 0, 1)), hash(range(2**64, 2**64)) == hash(range(0)))
print(r[-1], range(0, 2**64, 2)[2**62:2**63:7])
print(range(2**64) == range(0, 2**64), range(2**64) == range(2**64+1), range(2**64, 2**64) == range(0))
print(r.count(5), r.index(2**63+1), 2**64-1 in r, 2**64 in r, -1 in r, r.count(True), True in r)
print(r[-2**64], list(reversed(range(2**64, 2**64+3))))
print(range(-2**63, 2**63-1), len(range(2**64, 2**64+5)), range(2**64,2**64+5)[1:3], list(range(2**64,2**64+5)))
print(r.start, r.stop, r.step, r[::-1], r[5:2], range(2**64, 2**64+5)[True])
print(range(10**30, 0, -10**20)[3], range(10**30, 0, -10**20))
print(range(-2**62, 2**62, 2**62)[::2], range(5)[2**64:], repr(range(2**63-1)))
import sys; print(sys.getsizeof(r))
for i, x in enumerate(range(2**64 - 2, 2**64 + 2)):
    print(i, x)
print([x for x in range(2**65, 2**65 + 6, 2)], sum(range(2**64, 2**64 + 3)))
print(range(5)[2**64] if False else "ok", list(range(2**64+3, 2**64, -1)))
print(r.index(2**64 - 1), r.count(2**64))
print(max(range(2**64, 2**64 + 3)), min(range(2**64, 2**64 + 3)), 3 in range(2**100))
a, b, c = range(2**64, 2**64 + 3); print(a, b, c)
print(*range(2**64, 2**64 + 2))

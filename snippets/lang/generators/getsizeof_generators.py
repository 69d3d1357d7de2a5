import sys
S = sys.getsizeof
n = 10
data = [1, 2, 3]
print(S(x for x in range(1000)), S(x * x for x in range(1000)), S(x ** 2 for x in range(10) if x % 2 == 0))
print(S(str(x) for x in data), S((x, y) for x in data for y in data), S(x.bit_length() for x in data))
print(S(a + b for a, b in zip(data, data)), S(d[0] for d in [[1]]), S(x[1:2] for x in ['ab']), S(f"{x}" for x in data))
print(S(max(x, 0) for x in data), S(x for x in data if x > 1 if x < 3), S([x] for x in data), S({x: x} for x in data))
print(S(1 < x < 3 for x in data), S(x and y for x, y in [(1, 2)]), S(len(x) for x in ['a']), S(sum(x for x in range(3)) for _ in 'ab'))
def g1():
    yield 1
def g2(n):
    for i in range(n):
        yield i
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def g3(items):
    total = 0
    for item in items:
        total += item
        yield total
def g4(path):
    with open(path) as f:
        for line in f:
            yield line.strip()
def g5():
    x = yield
    while x is not None:
        x = yield x * 2
def g6(it):
    yield from it
def g7(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("done")
def g8(d):
    for k, v in d.items():
        if v:
            yield k, v
def g9(n):
    i = 0
    while i < n:
        yield i
        i += 1
def g10(a, b=2, *args, **kw):
    yield a + b
def g11(rows):
    for row in rows:
        for cell in row:
            yield cell
def g12(s):
    for ch in s:
        if ch.isdigit():
            yield int(ch)
def g13(n):
    try:
        yield n
    except ValueError as e:
        yield str(e)
def g14(xs):
    yield [x * 2 for x in xs]
def outer():
    k = 3
    def inner():
        yield k
    return inner()
print(S(g1()), S(g2(3)), S(fib()), S(g3([])), S(g4('x')), S(g5()), S(g6([])), S(g7(1)))
print(S(g8({})), S(g9(1)), S(g10(1)), S(g11([])), S(g12('')), S(g13(1)), S(g14([])), S(outer()))
print(g1.__code__.co_stacksize if hasattr(g1.__code__, 'co_stacksize') else '-')

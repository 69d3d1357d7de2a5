# Generators: yield, send, yield from with return values, try/finally inside, infinite generators.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), sum(count_up(5)))
g = count_up(2)
print(g.__class__ if False else '', next(g), next(g))
try:
    next(g)
except StopIteration:
    print('done')
def chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
for c in chunks(b'abcdefgh', 3):
    print(c)
def echo():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
e = echo()
print(next(e), e.send(5), e.send(10))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value if hasattr(s, 'value') else s.args)
def inner():
    yield 1
    yield 2
    return 'inner-done'
def outer():
    r = yield from inner()
    print('got', r)
    yield 3
print(list(outer()))
def with_try():
    try:
        yield 'a'
        raise ValueError('x')
    except ValueError as err:
        yield 'caught ' + str(err)
    finally:
        print('cleanup')
    yield 'after'
print(list(with_try()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def nested():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
        else:
            yield 'never'
print(list(nested()))
def reader(buf):
    mv = memoryview(buf)
    pos = 0
    while pos < len(mv):
        n = mv[pos]
        yield bytes(mv[pos + 1:pos + 1 + n])
        pos += 1 + n
print(list(reader(b'\x02hi\x03abc\x00')))
gen = count_up(3)
print(iter(gen) is gen, type(gen).__name__)
def bad():
    yield 1
    1 / 0
for v in bad():
    print(v)

# 0-dimensional views: one item, reached with m[()] or m[...], with 3.11's len() of 1.
buf = bytearray(b'\x2a\x00\x00\x00')
s = memoryview(buf).cast('i', [])
print(s.ndim, s.shape, s.strides, s.nbytes, s.tolist(), s[()])
print(s[...] is s, len(s), bool(s), s.c_contiguous, s.f_contiguous, s.contiguous)
s[()] = 7
print(buf)
s[...] = -1
print(buf, s.tolist())
for key in [0, slice(None), (0,), 'x']:
    try:
        s[key]
    except TypeError as e:
        print(repr(key), 'TypeError:', e)
try:
    s[0] = 1
except TypeError as e:
    print('TypeError:', e)
for op in [lambda: list(s), lambda: 1 in s, lambda: iter(s)]:
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)
print(s.tobytes(), s.hex(), s.cast('B').tolist(), s == memoryview(bytes(buf)).cast('i', []))
print(s.cast('b', [4]).tolist())

# Element-wise arithmetic, reductions, frombuffer over shared memory,
# read-only views, slices as views, scalars, float formatting modes.
import numpy as np
print(np.array([True, False]), repr(np.array([True, True])))
print(repr(np.zeros(3, dtype=np.uint8)), repr(np.ones((2, 2))), repr(np.array([], dtype=np.int32)), repr(np.array([])))
print(np.zeros(4, dtype='int16').dtype, np.dtype('float32'), repr(np.dtype('int8')))
x = np.array([1, 2, 3])
print(x + 1, x * 2, x - x, x / 2, x // 2, x % 2, x ** 2, -x, x == 2, x > 1, 10 - x)
print(x.sum(), repr(x.sum()), repr(x.mean()), x.max(), x.min(), x.tolist(), x.tobytes())
print(b.sum(axis=0), b.sum(axis=1), b.T, b.ravel(), b.flatten().shape)
buf = bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00')
c = np.frombuffer(buf, dtype=np.uint16)
print(c, repr(c), c.dtype)
buf[0] = 9
print(c)
d = np.frombuffer(b'\x01\x02\x03\x04', dtype=np.uint8)
print(d, memoryview(d).readonly)
try:
    d[0] = 5
except ValueError as e:
    print("ValueError:", e)
print(np.linspace(0, 1, 5), np.arange(0.0, 1.0, 0.25), np.full(3, 7), np.array([[1.5, 2], [3, 4]]))
s = a[1:4]
s[0] = 42
print(a, s, repr(s))
print(bytes(np.array([1, 2], dtype=np.uint8)), np.array([1, 2], dtype=np.int32).tobytes())
print(len(a), list(a), [int(v) for v in a], sum(a), repr(sum(a)))
print(np.float64(2.5), repr(np.float64(2.5)), repr(np.float32(0.1)), repr(np.int64(3)), repr(np.True_), repr(np.uint8(3)))
print(np.array([[1, 2], [3, 4]], dtype=np.float32))
print(np.arange(2000.).reshape(40, 50) / 7)
print(repr(np.arange(2000).reshape(40, 50)))

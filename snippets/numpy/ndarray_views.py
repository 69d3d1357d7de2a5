# Buffers of arrays: .data, casts, ndarray over a bytearray, view(), frombuffer
# over a memoryview, strided views, in-place operators; memoryview.obj is the array.
import numpy as np
a = np.arange(6, dtype=np.int32)
m = a.data
print(type(m).__name__, m.format, m.shape, m.nbytes)
b = memoryview(a).cast('B')
print(len(b), b[:8].tolist())
buf = bytearray(16)
c = np.ndarray((2, 2), dtype=np.int32, buffer=buf)
c[0, 0] = 7
print(buf[:4], c)
print(a.view(np.uint8)[:8])
x = np.frombuffer(memoryview(b'\x00\x01\x02\x03'), dtype=np.uint8)
print(x, x.dtype, x.shape)
print(np.array([1, 2, 3], dtype=np.float32) * 2)
print(np.array([[1, 2], [3, 4]]).tolist(), np.array([1.5]).tolist())
print(np.zeros((2, 3)))
print(np.arange(10)[::-1], np.arange(10)[2:8:3])
print(memoryview(np.arange(10)[::2]).strides)
d = np.array([1, 2, 3])
d += 1
print(d, d.dtype)
d[1:] = [9, 8]
print(d)
print(np.sum(d), np.mean(d), np.max(d), d.argmax())
for row in np.arange(6).reshape(2, 3):
    print(row, row.sum())
print(np.array([1, 2]) == np.array([1, 3]))
print(len(np.zeros((4, 2))), np.zeros((4, 2)).shape[1])
e = np.array([0.5, 0.25], dtype=np.float64)
print(bytes(e), e.tobytes() == bytes(memoryview(e)))
a = np.arange(4)
m = memoryview(a)
print(m.obj is a, m[1:].obj is a, memoryview(m).obj is a, m.toreadonly().obj is a, m.cast('B').obj is a)
print(m.obj)
print(np.frombuffer(b'ab', dtype=np.uint8).base, memoryview(np.frombuffer(b'ab', np.uint8)).obj)

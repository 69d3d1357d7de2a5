# ndarray as a buffer exporter: memoryview shares its memory (writes go
# through), N-D views keep shape and strides; printing as NumPy prints.
import numpy as np
a = np.array([1, 2, 3, 4, 5])
print(a, repr(a), a.dtype, a.shape, a.ndim, a.size, a.itemsize, a.nbytes, a.strides)
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.strides, m.readonly, m.tolist(), m.nbytes)
m[0] = 100
print(a, a[0], repr(a[0]), type(a[0]).__name__, a[-1])
b = np.arange(12).reshape(3, 4)
print(b)
print(repr(b))
mb = memoryview(b)
print(mb.shape, mb.strides, mb.format, mb.tolist())
print(b[1], b[1, 2], b[:, 1], b[1:, ::2])
print(np.arange(30) * 1000)
print(repr(np.arange(30) * 1000))
print(np.arange(10_000))
print(repr(np.arange(10_000)))
f = np.array([1.5, 2, 3])
print(f, repr(f), f.dtype, np.array([0.1, 1/3, 100]), np.array([1e-5, 1e10]))
print(np.array([1.0, -2.5, np.nan, np.inf]), np.array([-1.5, 2]), np.array([0.0]), np.array([1e-4, 1e-3]))

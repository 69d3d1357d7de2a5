# NumPy 2's promotion: Python scalars are weak (an int must fit the array's
# integer dtype), NumPy scalars and arrays promote; in-place operators
# refuse casts across kinds ('same_kind'); an uncaught casting error is
# named by its qualified class name.
import numpy as np
a = np.array([1, 2, 250], dtype=np.uint8)
try:
    a += 300
except OverflowError as e:
    print("OverflowError", e)
print(a)
a += np.uint8(10)
print(a, a.dtype)
a -= 12
print(a)
for v in [np.int64(5), np.float32(1.5), 1.5, True, np.True_, -1, 2]:
    try:
        r = a + v
        print(repr(v), r.dtype, r)
    except OverflowError as e:
        print(repr(v), "OverflowError", e)
print((np.array([True, False]) + 1).dtype, (np.array([True, False]) + 1.5).dtype)
f = np.array([1, 2], dtype=np.float32)
print((f + 1.5).dtype, (f + np.float64(1.5)).dtype, (f + np.int64(3)).dtype, (f + 3).dtype)
print((a + np.array(300)).dtype, np.array([1, 2], dtype=np.uint8) > 300,
      np.array([1, 2], dtype=np.uint8) == -1)
try:
    np.array([1], dtype=np.int8) * 1000
except OverflowError as e:
    print(e)
print(np.int8(5) * np.array([1000]))
b = np.array([1, 2, 3])
try:
    b *= 2.5
except TypeError as e:
    print(type(e).__name__, type(e).__qualname__, type(e).__module__, e)
    print(isinstance(e, TypeError), type(e).__mro__[1].__name__)
print(b)
i = np.arange(4)
for op in ["i /= 2", "i //= 2", "i **= 2", "i %= 3", "i <<= 1", "i &= 6", "i |= 8", "i ^= 1",
           "i >>= 1", "i += np.ones((2, 4), dtype=np.int64)", "i += np.ones(4, dtype=np.uint32)"]:
    try:
        exec(op)
        print(op, i)
    except (TypeError, ValueError) as e:
        print(op, type(e).__name__, e)
f = np.ones(4)
f /= 4
f **= 2
print(f)
c = np.array([1, 2], dtype=np.uint8)
c += np.int64(7)

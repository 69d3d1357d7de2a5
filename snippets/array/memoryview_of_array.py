# Views of arrays: the format follows the typecode, casts go through bytes, writes reach the array.
import array
a = array.array('l', [10, 20, 30])
m = memoryview(a)
print(m.format, m.itemsize, m.shape, m.strides, m.obj is a, m.tolist())
m[1] = -20
print(a)
raw = m.cast('B')
print(raw.nbytes, raw[:8].tolist())
as_int32 = raw.cast('i')
print(as_int32.tolist())
print(memoryview(array.array('f', [0.5])).tolist(), memoryview(array.array('Q', [2**64 - 1]))[0])
try:
    m.cast('i')
except TypeError as e:
    print('TypeError:', e)
try:
    m[0] = 2**64
except ValueError as e:
    print('ValueError:', e)
m.release()
raw.release()
as_int32.release()
a.append(40)
print(a)

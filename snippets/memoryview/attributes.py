# Every attribute of a memoryview, for views of bytes, bytearray, arrays and casts.
import array
for obj in [b'abcd', bytearray(8), array.array('i', [1, 2, 3]), array.array('d', [0.5]), array.array('u', 'hi')]:
    m = memoryview(obj)
    print(type(m.obj).__name__, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
c = memoryview(bytearray(12)).cast('h', [2, 3])
print(c.nbytes, c.itemsize, c.format, c.ndim, c.shape, c.strides, c.suboffsets)
for name in ['nbytes', 'format', 'shape', 'foo']:
    try:
        setattr(c, name, 1)
    except AttributeError as e:
        print('AttributeError:', e)
try:
    c.foo
except AttributeError as e:
    print('AttributeError:', e)

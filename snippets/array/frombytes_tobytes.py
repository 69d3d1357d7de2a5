# frombytes and tobytes: raw native-order bytes in and out, and what frombytes accepts.
import array
a = array.array('H', [1, 2, 0xffff])
raw = a.tobytes()
print(raw, len(raw) == len(a) * a.itemsize)
b = array.array('H')
b.frombytes(raw)
b.frombytes(bytearray(b'\x03\x00'))
b.frombytes(memoryview(b'\x04\x00'))
b.frombytes(array.array('B', [5, 0]))
print(b)
for src in [b'\x01', 'text', 1, array.array('h', [1]), memoryview(b'\x01\x00')[::-1], memoryview(b'abcd').cast('i')]:
    try:
        b.frombytes(src)
    except Exception as e:
        print(type(src).__name__, type(e).__name__, e)
c = array.array('b', [1])
try:
    c.frombytes(c)
except BufferError as e:
    print('BufferError:', e)
empty = array.array('b')
empty.frombytes(empty)
print(empty, c)

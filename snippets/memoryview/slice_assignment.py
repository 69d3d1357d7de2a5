# Slice assignment copies from any bytes-like source with the same item format and length.
import array
buf = bytearray(b'..........')
m = memoryview(buf)
m[0:3] = b'abc'
m[3:6] = bytearray(b'def')
m[6:8] = memoryview(b'XYgh')[2:]
m[8:] = array.array('B', [105, 106])
print(buf)
m[::2] = b'ACEGI'
print(buf)
m[::-1] = bytes(buf)
print(buf)
m[2:6] = m[0:4]
print(buf)
m[5:5] = b''
for src in [b'toolong', b'', array.array('b', [1, 2]), array.array('h', [1]), 'abc', [1, 2], 5, memoryview(b'ab').cast('c')]:
    try:
        m[0:2] = src
        print(repr(src), 'ok')
    except Exception as e:
        print(type(src).__name__, type(e).__name__, e)
ints = memoryview(bytearray(8)).cast('i')
ints[:] = array.array('i', [7, -7])
print(ints.tolist())
try:
    ints[:] = b'\x00' * 8
except ValueError as e:
    print('ValueError:', e)
done = memoryview(b'zz')
done.release()
try:
    m[0:2] = done
except ValueError as e:
    print('ValueError:', e)

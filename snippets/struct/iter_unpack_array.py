# iter_unpack walks a buffer record by record, here an array.array of shorts.
import array
import struct

samples = array.array('h', [10, -20, 30, -40, 50, -60])
for left, right in struct.iter_unpack('=hh', samples):
    print(left, right)

it = struct.iter_unpack('<i', bytes(range(12)))
print(type(it).__name__, iter(it) is it, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
print(next(it, 'done'))

points = struct.pack('<6f', 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
print([x + y for x, y in struct.iter_unpack('<ff', points)])
s = struct.Struct('<2H')
print(list(s.iter_unpack(memoryview(bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00')))))

data = bytearray(8)
it = struct.iter_unpack('<I', data)
try:
    data.extend(b'....')
except BufferError as e:
    print('BufferError:', e)
print(list(it))
data.extend(b'....')
print(len(data))

# unpack_from reads at an offset, negative offsets count from the end.
import struct

buf = bytes(range(16))
print(struct.unpack_from('<I', buf))
print(struct.unpack_from('<I', buf, 4))
print(struct.unpack_from('<I', buf, -4))
print(struct.unpack_from('<2H', buf, offset=-8))
print(struct.unpack_from('4s', buf, 12), struct.unpack_from('', buf, 16))
print(struct.unpack_from('<H', memoryview(buf)[10:], 2))
print(struct.unpack_from('<B', bytearray(buf), True))

offset = 0
values = []
while offset + 2 <= len(buf):
    values.append(struct.unpack_from('>H', buf, offset)[0])
    offset += 2
print(values)

for off in [13, 16, 20, -3, -16, -17, -100]:
    try:
        print(off, struct.unpack_from('<I', buf, off))
    except struct.error as e:
        print(off, 'error:', e)

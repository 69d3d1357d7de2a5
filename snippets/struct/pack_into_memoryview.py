# pack_into writes into a bytearray directly, also through a memoryview slice.
import struct

buf = bytearray(16)
struct.pack_into('<I', buf, 0, 0xAABBCCDD)
print(buf.hex())
view = memoryview(buf)
struct.pack_into('>H', view[4:8], 2, 0x1234)
print(buf.hex())
window = view[8:]
struct.pack_into('<hh', window, 0, -1, 2)
struct.pack_into('<i', window, -4, 99)
print(buf.hex())
print(struct.unpack_from('<I', buf), struct.unpack_from('>H', view, 6), struct.unpack('<hh', window[:4]))
print(struct.unpack_from('<i', window, -4))
window.release()
view.release()
buf.append(0)
print(len(buf))

try:
    struct.pack_into('<I', memoryview(buf)[::2], 0, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    struct.pack_into('<I', bytes(8), 0, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    struct.pack_into('<I', memoryview(buf).toreadonly(), 0, 1)
except TypeError as e:
    print('TypeError:', e)

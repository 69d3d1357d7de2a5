# pack_into and unpack_from work on any writable buffer: array.array and BytesIO.getbuffer().
import array
import io
import struct

a = array.array('I', [0, 0, 0])
struct.pack_into('<I', a, 4, 0xDEADBEEF)
print(a, hex(a[1]))
struct.pack_into('<HH', a, 8, 1, 1)
print(a[2], struct.unpack_from('<I', a, 8))

stream = io.BytesIO(b'\x00' * 8)
view = stream.getbuffer()
struct.pack_into('>Q', view, 0, 0x0102030405060708)
print(stream.getvalue())
print(struct.unpack_from('>H', view, 6))
view.release()
stream.seek(0, 2)
stream.write(struct.pack('<h', -2))
print(stream.getvalue().hex())
b = bytearray(b'abcd')
struct.pack_into('4s', b, 0, b)
print(b)

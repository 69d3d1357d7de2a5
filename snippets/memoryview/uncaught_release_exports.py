# An uncaught BufferError: releasing a view while struct.iter_unpack still holds its buffer.
import struct
data = bytearray(b'\x01\x00\x02\x00\x03\x00')
view = memoryview(data)
records = struct.iter_unpack('<h', view)
print(next(records))
view.release()

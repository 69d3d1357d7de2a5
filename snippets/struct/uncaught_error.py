# An uncaught struct.error prints its qualified name in the traceback.
import struct

def read_header(data):
    magic, version = struct.unpack('<4sI', data)
    return magic, version

print(read_header(b'PYVW\x01\x00\x00\x00'))
print(read_header(b'PYVW\x01'))

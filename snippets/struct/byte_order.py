# Byte order prefixes: little, big, network and native order side by side.
import struct
import sys

for prefix in ['<', '>', '!', '=']:
    data = struct.pack(prefix + 'HI', 0x0102, 0x03040506)
    print(repr(prefix), data.hex(' '), struct.unpack(prefix + 'HI', data))

n = 1000
little = struct.pack('<i', n)
big = struct.pack('>i', n)
print(little, big, little[::-1] == big)
print(struct.unpack('<i', big)[0], struct.unpack('>i', big)[0])
native = struct.pack('=i', n)
print(native == (little if sys.byteorder == 'little' else big))
print(int.from_bytes(big, 'big') == struct.unpack('!i', big)[0])
print(struct.pack('>f', 1.0).hex(), struct.pack('<f', 1.0).hex())
print(struct.pack('>d', -2.5).hex(), struct.pack('<e', 0.5).hex())

# struct basics: pack values to bytes, unpack them back, and calcsize.
import struct

data = struct.pack('<hhl', 1, 2, 3)
print(data)
print(len(data), struct.calcsize('<hhl'))
print(struct.unpack('<hhl', data))

packed = struct.pack('>I', 0xCAFEBABE)
print(packed, packed.hex())
(value,) = struct.unpack('>I', packed)
print(hex(value))

print(struct.pack('3B', 1, 2, 255))
print(struct.unpack('4b', b'\x01\xff\x7f\x80'))
print(struct.pack('<q', -1))
print(struct.unpack('<Q', b'\xff' * 8))
print(struct.pack('x'), struct.pack('3x'), struct.calcsize('10x'))
print(struct.unpack('', b''))
for fmt in ['b', 'h', 'i', 'l', 'q', 'e', 'f', 'd', '<l', '=L', '!q', 'n', 'P']:
    print(fmt, struct.calcsize(fmt))

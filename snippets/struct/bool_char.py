# '?' packs truthiness as 0 or 1; 'c' packs exactly one byte.
import struct

print(struct.pack('4?', True, False, 2, 0))
print(struct.pack('???', [], [0], 'x'))
print(struct.pack('?', None), struct.pack('>?', 10**30))
print(struct.unpack('3?', b'\x00\x01\x7f'))
print(struct.pack('3c', b'a', b'\n', b'\xff'))
print(struct.unpack('3c', b'xyz'))
for value in [b'ab', b'', 'a', 97, bytearray(b'a')]:
    try:
        struct.pack('c', value)
    except struct.error as e:
        print(repr(value), '->', e)

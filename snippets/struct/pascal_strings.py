# 's' pads or truncates to a fixed width; 'p' stores a length byte first.
import struct

print(struct.pack('8s', b'abc'))
print(struct.pack('3s', b'abcdef'))
print(struct.pack('8p', b'abc'))
print(struct.pack('4p', b'abcdef'))
print(struct.pack('1p', b'abc'), struct.pack('0p', b'abc'))
print(struct.unpack('8p', struct.pack('8p', b'hello')))
print(struct.unpack('4p', b'\x09abc'))
long_name = b'x' * 300
packed = struct.pack('300p', long_name)
print(len(packed), packed[0], struct.unpack('300p', packed)[0] == long_name[:255])
print(struct.pack('<3sH', b'ab', 7))
print(struct.pack('2c3s', b'a', b'b', b'cde'))
print(struct.unpack('2c3s', b'abcde'))

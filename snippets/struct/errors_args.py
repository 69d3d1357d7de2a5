# Calling the module functions and Struct methods with the wrong arguments.
import struct

s = struct.Struct('<h')
tests = [
    lambda: struct.pack(),
    lambda: struct.unpack('h'),
    lambda: struct.unpack('h', b'12', b'34'),
    lambda: struct.calcsize(),
    lambda: struct.calcsize('h', 'h'),
    lambda: struct.calcsize(format='h'),
    lambda: struct.pack('h', 1, x=2),
    lambda: struct.unpack_from(),
    lambda: struct.unpack_from('h'),
    lambda: struct.unpack_from('h', b'12', 0, 1),
    lambda: struct.unpack_from('h', b'12', offst=0),
    lambda: struct.unpack_from('h', b'12', buffer=b'34'),
    lambda: struct.iter_unpack('h'),
    lambda: struct.Struct(),
    lambda: struct.Struct('h', 'h'),
    lambda: s.unpack(),
    lambda: s.unpack(buffer=b'12'),
    lambda: s.pack(1, x=2),
    lambda: s.unpack_from(),
    lambda: s.iter_unpack(b'12', b'34'),
    lambda: struct.pack([], 1),
]
for test in tests:
    try:
        print(test())
    except Exception as e:
        print(type(e).__name__, e)
print(struct.unpack_from('h', buffer=b'\x01\x00'), s.unpack_from(buffer=b'\x00\x01\x02', offset=1))

# Buffer size and type errors of unpack, unpack_from, pack_into and iter_unpack.
import array
import struct

tests = [
    lambda: struct.unpack('<I', b'abc'),
    lambda: struct.unpack('<I', b'abcdef'),
    lambda: struct.unpack('<d', b''),
    lambda: struct.unpack_from('<Q', b'abcd'),
    lambda: struct.unpack_from('<I', b'abcdefgh', 6),
    lambda: struct.unpack_from('<I', b'abcd', -20),
    lambda: struct.unpack_from('<I', b'abcdef', -2),
    lambda: struct.pack_into('<I', bytearray(4), 2, 1),
    lambda: struct.pack_into('<I', bytearray(4), -20, 1),
    lambda: struct.pack_into('<I', bytearray(4), -3, 1),
    lambda: struct.pack_into('<I', bytearray(4), 2**70, 1),
    lambda: struct.iter_unpack('<I', b'abcdef'),
    lambda: struct.iter_unpack('', b''),
    lambda: struct.unpack('<I', 'abcd'),
    lambda: struct.unpack('<I', 1234),
    lambda: struct.unpack('<I', memoryview(b'abcdefgh')[::2]),
    lambda: struct.unpack_from('<I', b'abcd', 1.5),
    lambda: struct.pack_into('<I', array.array('b', [0] * 4), 'x', 1),
    lambda: struct.pack_into('<I', 'abcd', 0, 1),
]
for test in tests:
    try:
        print('ok', test())
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(bytearray(4))
m.release()
for test in [lambda: struct.unpack('<I', m), lambda: struct.pack_into('<I', m, 0, 1)]:
    try:
        test()
    except Exception as e:
        print(type(e).__name__, e)

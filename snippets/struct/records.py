# Packing fixed-size records with 's' fields and reading them back.
import struct

RECORD = struct.Struct('<10sHf')
people = [(b'alice', 31, 1.68), (b'bob', 45, 1.82), (b'christopher', 27, 1.75)]
blob = b''.join(RECORD.pack(name, age, height) for name, age, height in people)
print(len(blob), RECORD.size)
for i in range(len(blob) // RECORD.size):
    name, age, height = RECORD.unpack_from(blob, i * RECORD.size)
    print(name, name.rstrip(b'\x00').decode(), age, round(height, 2))
print(struct.pack('5s', b'hi'), struct.pack('2s', b'hello'), struct.pack('0s', b'x'))
print(struct.pack('5s', bytearray(b'abc')))
print(struct.unpack('3s2s', b'abcde'))

# A Struct object compiles a format once: format, size and its methods.
import struct

point = struct.Struct('<ii')
print(point.format, point.size, type(point))
print(isinstance(point, struct.Struct), type(point).__name__)
data = point.pack(3, -4)
print(data, point.unpack(data))
buf = bytearray(point.size * 3)
for i, (x, y) in enumerate([(1, 2), (3, 4), (5, 6)]):
    point.pack_into(buf, i * point.size, x, y)
print(buf.hex())
print(point.unpack_from(buf, point.size), point.unpack_from(buf, offset=16))
print(list(point.iter_unpack(buf)))
print(struct.Struct(b'>h').format, struct.Struct(format='3s').size)
print(repr(struct.Struct('').format), struct.Struct('').size)
print(point == struct.Struct('<ii'), point == point)
print(struct.Struct, struct.pack)
try:
    point.size = 10
except AttributeError as e:
    print('AttributeError:', e)
try:
    point.missing
except AttributeError as e:
    print('AttributeError:', e)

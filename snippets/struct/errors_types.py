# Wrong value types for a code, and the wrong number of values.
import struct

cases = [
    ('i', 1.5), ('i', '1'), ('B', None), ('Q', [1]), ('?', 1), ('f', 'x'), ('d', None),
    ('e', b'1'), ('s', 'text'), ('p', 7), ('c', 'a'), ('P', 1.0), ('n', 2.0),
]
for fmt, value in cases:
    try:
        print(fmt, repr(value), struct.pack(fmt, value))
    except struct.error as e:
        print(fmt, repr(value), 'struct.error:', e)

for fmt, values in [('ii', (1,)), ('ii', (1, 2, 3)), ('', (1,)), ('3s', ()), ('2x', (0,))]:
    try:
        struct.pack(fmt, *values)
    except struct.error as e:
        print(repr(fmt), e)
buf = bytearray(8)
for args in [(), (buf,), (buf, 0), (buf, 0, 1, 2, 3)]:
    try:
        struct.pack_into('<ii', *args)
    except struct.error as e:
        print(len(args), e)

# Malformed format strings raise struct.error (or TypeError for the wrong type).
import struct

for fmt in ['z', 'i z', '<<i', 'i<', '3', 'ii3', '3 i', 'i\0', ' <i', '<n', '>P',
            '99999999999999999999b', '9223372036854775807q', 'q' * 3]:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'struct.error:', e)

for fmt in [5, None, bytearray(b'i'), ['i'], 'é']:
    try:
        struct.calcsize(fmt)
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
try:
    struct.Struct(5)
except TypeError as e:
    print('TypeError:', e)
print(struct.calcsize(b'<hh'), struct.calcsize(' i \t h\n'))

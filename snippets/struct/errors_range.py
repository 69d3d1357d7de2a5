# Out-of-range integers: the message depends on the code and the prefix, as in CPython.
import struct

cases = [
    ('b', 200), ('B', -1), ('h', 40000), ('H', -5), ('i', 2**31), ('I', -1),
    ('I', 2**32), ('l', 2**63), ('L', -1), ('q', -2**63 - 1), ('Q', 2**64),
    ('<h', 40000), ('>h', 40000), ('<H', -1), ('>H', -1), ('<i', -2**31 - 1),
    ('!I', 2**32), ('<l', 2**31), ('>L', 2**32), ('<q', 2**63), ('>q', 2**63),
    ('>Q', -1), ('=Q', -1), ('n', 2**63), ('N', -1), ('P', 2**64), ('<b', 2**100),
]
for fmt, value in cases:
    try:
        struct.pack(fmt, value)
        print(fmt, value, 'ok')
    except struct.error as e:
        print(f'{fmt:3} {e}')

print(struct.pack('<b', -128), struct.pack('<B', 255), struct.pack('>h', -32768))
print(struct.pack('<I', 2**32 - 1), struct.pack('>q', -2**63), struct.pack('P', -1))

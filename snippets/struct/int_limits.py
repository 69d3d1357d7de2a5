# The smallest and largest value of every integer code round-trips in each mode.
import struct

for prefix in ['<', '>', '@']:
    for code in 'bBhHiIlLqQ':
        fmt = prefix + code
        size = struct.calcsize(fmt)
        bits = size * 8
        if code.islower():
            lo, hi = -2 ** (bits - 1), 2 ** (bits - 1) - 1
        else:
            lo, hi = 0, 2 ** bits - 1
        packed = struct.pack(fmt, lo) + struct.pack(fmt, hi)
        back = struct.unpack(prefix + '2' + code, packed)
        print(fmt, size, back == (lo, hi), packed.hex())
print(struct.unpack('@nN', struct.pack('@nN', -5, 2**64 - 1)))
print(struct.unpack('@P', struct.pack('@P', 2**63)))

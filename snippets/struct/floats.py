# Float formats: half 'e', single 'f' and double 'd' precision and special values.
import math
import struct

for x in [0.1, 1/3, 65504.0, 1e-7, -2.0, 6.1e-5]:
    e, = struct.unpack('<e', struct.pack('<e', x))
    f, = struct.unpack('<f', struct.pack('<f', x))
    d, = struct.unpack('<d', struct.pack('<d', x))
    print(x, e, f, d)

print(struct.pack('>e', 1.0).hex(), struct.pack('>f', 1.0).hex(), struct.pack('>d', 1.0).hex())
print(struct.pack('<e', float('inf')), struct.pack('<e', -float('inf')))
nan, = struct.unpack('<d', struct.pack('<d', float('nan')))
print(math.isnan(nan), struct.pack('>e', float('nan')).hex())
print(struct.pack('<d', -0.0).hex(), struct.unpack('<e', b'\x00\x80'))
print(struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'))
print(struct.pack('<f', 3), struct.pack('<d', True), struct.pack('<e', 2**10))
print(struct.pack('f', 1e300), struct.pack('<e', 65519.0))
for fmt, value in [('<e', 65520.0), ('>f', 1e39), ('<e', 70000), ('<d', 'x')]:
    try:
        struct.pack(fmt, value)
    except (OverflowError, struct.error) as e:
        print(type(e).__name__, e)

# Each NaN is its own object: separately made NaNs differ for 'is', container
# comparisons, sets, dicts, count and index; one NaN is itself. Stored in a
# buffer, a NaN is the platform's plain NaN.
import math, struct, array, json, marshal, pickle, copy
a = float('nan'); b = float('nan')
print(a is b, a is a, [a] == [a], [a] == [b], a in [b], math.nan in [math.nan])
print(len({a, b}), len({a, a}), len({float('nan'), float('nan')}))
d = {a: 1, b: 2}; print(len(d), d[a], d[b])
print(not [a, b] <= [float('nan'), float('nan')])
x = float('inf') - float('inf'); y = float('inf') * 0
print(x is y, [x] == [y])
import struct
print(struct.unpack('d', struct.pack('d', a))[0] is a)
print(repr(a), str(-a), math.isnan(a), a != a, -a is -a)
l = [a, b]; print(l.count(a), l.index(b))
a = float('nan')
print(struct.pack('<d', a), struct.pack('<f', a), struct.pack('<e', a), struct.pack('>d', -a))
print(array.array('d', [a, -a]).tobytes(), bytes(memoryview(array.array('f', [a]))))
m = memoryview(bytearray(8)).cast('d'); m[0] = a; print(bytes(m))
print(json.dumps([a]), marshal.dumps(a), pickle.dumps(a)[:20])
print(math.nan is math.nan, a is math.nan, hash(a) == hash(a), a.hex(), (-a).hex())
print(sorted([3.0, a, 1.0]), max(a, 1.0), min(1.0, a))
print(f"{a:f} {a:e} {-a:+g} {a!r}", "%f" % a, format(a, '>6'), round(a) if False else '')
print(a == a, a != a, {a: 1}.get(a), {float('nan'): 1}.get(float('nan')))
import copy; print(copy.copy(a) is a, copy.deepcopy([a])[0] is a)
print(math.isnan(a * 0), math.copysign(1, -a), float(a) is a, a.__class__)
print(struct.unpack('<d', struct.pack('<d', a))[0])

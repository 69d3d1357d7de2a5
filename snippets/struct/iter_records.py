# Iterating fixed-size records from bytes and summarising them.
import struct

RECORD = struct.Struct('<HBxf')
readings = [(1, 20, 21.5), (2, 21, 19.25), (3, 20, 22.0), (1, 22, 20.75)]
blob = b''.join(RECORD.pack(*r) for r in readings)
print(len(blob), RECORD.size, len(blob) // RECORD.size)

totals = {}
for sensor, hour, temp in RECORD.iter_unpack(blob):
    totals.setdefault(sensor, []).append(temp)
for sensor in sorted(totals):
    temps = totals[sensor]
    print(sensor, len(temps), sum(temps) / len(temps))

it = RECORD.iter_unpack(blob)
print(it.__length_hint__(), next(it), it.__length_hint__())
try:
    RECORD.iter_unpack(blob + b'\x00')
except struct.error as e:
    print('error:', e)

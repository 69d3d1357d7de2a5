# Writing binary records with struct into a BytesIO and reading them back.
import io
import struct

HEADER = struct.Struct('<4sHH')
ENTRY = struct.Struct('<Id')

out = io.BytesIO()
entries = [(1, 0.5), (2, 1.25), (3, -7.0)]
out.write(HEADER.pack(b'LOG1', 1, len(entries)))
for entry in entries:
    out.write(ENTRY.pack(*entry))
blob = out.getvalue()
print(len(blob), blob[:8])

inp = io.BytesIO(blob)
magic, version, count = HEADER.unpack(inp.read(HEADER.size))
print(magic, version, count)
for _ in range(count):
    ident, value = ENTRY.unpack(inp.read(ENTRY.size))
    print(ident, value)
rest = inp.read(ENTRY.size)
print(rest, len(rest))
try:
    ENTRY.unpack(rest)
except struct.error as e:
    print('struct.error:', e)

# Type-length-value records: 1-byte type, 2-byte big-endian length, value.
def pack(records):
    out = bytearray()
    for t, value in records:
        out.append(t)
        out += len(value).to_bytes(2, "big")
        out += value
    return bytes(out)
def unpack(data):
    i = 0
    while i < len(data):
        t = data[i]
        n = int.from_bytes(data[i + 1:i + 3], "big")
        yield_value = data[i + 3:i + 3 + n]
        if len(yield_value) != n:
            raise ValueError("truncated record at offset %d" % i)
        print(t, n, yield_value)
        i += 3 + n
blob = pack([(1, b"name"), (2, "\u00e9t\u00e9".encode()), (9, bytes(300)[:4])])
print(blob.hex(" "))
unpack(blob)
try:
    unpack(blob[:-2])
except ValueError as e:
    print(e)

# Unsigned LEB128 varints built in a bytearray, as used by protobuf.
def encode(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
def decode(data, pos=0):
    result = shift = 0
    while True:
        byte = data[pos]
        result |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            return result, pos
        shift += 7
for n in [0, 1, 127, 128, 300, 16384, 2**32, 2**63 - 1]:
    enc = encode(n)
    print(n, enc.hex(" "), decode(enc))
stream = b"".join(encode(n) for n in [5, 300, 70000])
pos, values = 0, []
while pos < len(stream):
    v, pos = decode(stream, pos)
    values.append(v)
print(values)
try:
    decode(b"\x80\x80")
except IndexError as e:
    print("IndexError:", e)

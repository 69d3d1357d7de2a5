# Run-length encoding of bytes into (count, byte) pairs and back.
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes([run, data[i]])
        i += run
    return bytes(out)
def rle_decode(data):
    if len(data) % 2:
        raise ValueError("odd length")
    return b"".join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))
for sample in [b"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", b"", b"abc", b"\x00" * 300]:
    enc = rle_encode(sample)
    print(len(sample), len(enc), enc[:12].hex(" "), rle_decode(enc) == sample)
try:
    rle_decode(b"\x01")
except ValueError as e:
    print(e)

# Build and parse a RIFF/WAVE header with int.to_bytes and slicing.
def le(n, size):
    return n.to_bytes(size, "little")
rate, channels, bits = 8000, 1, 16
samples = bytes(100)
fmt = b"fmt " + le(16, 4) + le(1, 2) + le(channels, 2) + le(rate, 4) + le(rate * channels * bits // 8, 4) + le(channels * bits // 8, 2) + le(bits, 2)
data = b"data" + le(len(samples), 4) + samples
riff = b"RIFF" + le(4 + len(fmt) + len(data), 4) + b"WAVE" + fmt + data
print(riff[:44].hex(" ", 4))
print(riff[:4], int.from_bytes(riff[4:8], "little"), riff[8:12])
pos = 12
while pos < len(riff):
    cid, size = riff[pos:pos + 4], int.from_bytes(riff[pos + 4:pos + 8], "little")
    print(cid, size)
    if cid == b"fmt ":
        body = riff[pos + 8:pos + 8 + size]
        print([int.from_bytes(body[a:b], "little") for a, b in [(0, 2), (2, 4), (4, 8), (8, 12), (12, 14), (14, 16)]])
    pos += 8 + size

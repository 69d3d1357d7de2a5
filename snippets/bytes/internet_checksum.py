# The 16-bit one's-complement Internet checksum of an IPv4 header.
header = bytearray.fromhex("45000073000040004011" + "0000" + "c0a80001c0a800c7")
def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = 0
    for i in range(0, len(data), 2):
        total += int.from_bytes(data[i:i + 2], "big")
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF
cs = checksum(bytes(header))
print(hex(cs))
header[10:12] = cs.to_bytes(2, "big")
print(header.hex(" ", 2))
print(checksum(bytes(header)))
src = ".".join(str(b) for b in header[12:16])
dst = ".".join(map(str, header[16:20]))
print(src, "->", dst, "ttl", header[8], "proto", header[9])
print(hex(checksum(b"\x01")))

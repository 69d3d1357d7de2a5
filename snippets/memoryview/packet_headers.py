# Reading a big-endian packet header field by field through zero-copy views.
packet = bytes([0x45, 0x00, 0x00, 0x1c, 0x1c, 0x46, 0x40, 0x00, 0x40, 0x06, 0xb1, 0xe6,
                192, 168, 0, 104, 192, 168, 0, 1]) + b'payload!'
m = memoryview(packet)
header, body = m[:20], m[20:]
version, ihl = header[0] >> 4, header[0] & 0xf
total = int.from_bytes(header[2:4], 'big')
ttl, proto = header[8], header[9]
src = '.'.join(str(b) for b in header[12:16])
dst = '.'.join(str(b) for b in header[16:20])
print(version, ihl * 4, total, ttl, proto, src, dst)
print(bytes(body), body.obj is packet, len(body))
checksum = 0
for i in range(0, 20, 2):
    if i != 10:
        checksum += int.from_bytes(header[i:i + 2], 'big')
while checksum >> 16:
    checksum = (checksum & 0xffff) + (checksum >> 16)
print(hex(~checksum & 0xffff), header[10:12].hex())
try:
    header[8] = 63
except TypeError as e:
    print('TypeError:', e)

# Table-driven CRC-32 over bytes; the check value of b"123456789" is CBF43926.
TABLE = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    TABLE.append(c)
def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for byte in data:
        crc = TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
print("%08X" % crc32(b"123456789"))
print(hex(crc32(b"")), hex(crc32(b"The quick brown fox jumps over the lazy dog")))
print(crc32(b"world", crc32(b"hello ")) == crc32(b"hello world"))
packet = b"payload" + crc32(b"payload").to_bytes(4, "little")
print(packet, int.from_bytes(packet[-4:], "little") == crc32(packet[:-4]))

# 8-bit additive checksum and its two's-complement check byte (Intel HEX style).
record = bytes.fromhex("10010000214601360121470136007EFE09D21901")
total = sum(record) & 0xFF
check = (-total) & 0xFF
print(record.hex().upper(), "%02X" % check)
print((sum(record) + check) & 0xFF == 0)
line = b":10010000214601360121470136007EFE09D2190140"
body = bytes.fromhex(line[1:].decode())
count, addr, rtype = body[0], int.from_bytes(body[1:3], "big"), body[3]
data, cs = body[4:-1], body[-1]
print(count, hex(addr), rtype, len(data) == count, cs == (-sum(body[:-1])) & 0xFF)

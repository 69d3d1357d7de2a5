# Turn an xxd-style dump back into bytes.
dump = b"""00000000: 4865 6c6c 6f2c 2077 6f72 6c64 210a 0001  Hello, world!...
00000010: 02ff                                     ..
"""
out = bytearray()
for line in dump.splitlines():
    offset, _, rest = line.partition(b": ")
    hexpart = rest[:40]
    assert int(offset, 16) == len(out)
    out += bytes.fromhex(hexpart.decode())
print(out)
print(len(out), out[-3:].hex(), out.find(b"world"))
print(bytes(out).decode("latin-1").encode("latin-1") == out)

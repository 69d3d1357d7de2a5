# Decode an HTTP chunked transfer-encoded body.
data = b"4\r\nWiki\r\n6\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\n\r\n"
out = bytearray()
pos = 0
while True:
    eol = data.index(b"\r\n", pos)
    size_field = data[pos:eol]
    size = int(size_field.split(b";")[0], 16)
    print("chunk size", size_field, size)
    pos = eol + 2
    if size == 0:
        break
    out += data[pos:pos + size]
    if data[pos + size:pos + size + 2] != b"\r\n":
        raise ValueError("bad chunk terminator")
    pos += size + 2
print(out)
print(bytes(out).decode().split())
try:
    int(b"zz", 16)
except ValueError as e:
    print(e)

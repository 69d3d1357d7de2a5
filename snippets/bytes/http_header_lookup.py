# Case-insensitive header lookup over raw header bytes, with folding.
block = b"Host: example.com\r\nACCEPT-Encoding: gzip,\r\n deflate\r\nConnection: keep-alive\r\n"
unfolded = []
for line in block.splitlines():
    if line[:1] in (b" ", b"\t") and unfolded:
        unfolded[-1] += b" " + line.strip()
    else:
        unfolded.append(line)
print(unfolded)
def header(name):
    want = name.lower().encode()
    for line in unfolded:
        key, _, value = line.partition(b":")
        if key.lower() == want:
            return value.lstrip()
    return None
print(header("accept-encoding"))
print(header("HOST"), header("missing"))
print([v.strip() for v in header("accept-encoding").split(b",")])
print(b"keep-alive" in header("connection"), header("connection").title())

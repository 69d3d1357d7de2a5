# Netstrings: length-prefixed byte strings like b'5:hello,'.
def encode(items):
    return b"".join(b"%d:%s," % (len(x), x) for x in items)
def decode(data):
    out = []
    while data:
        length, colon, rest = data.partition(b":")
        if not colon or not length.isdigit():
            raise ValueError("bad length prefix %r" % length)
        n = int(length)
        if rest[n:n + 1] != b",":
            raise ValueError("missing comma after %d bytes" % n)
        out.append(rest[:n])
        data = rest[n + 1:]
    return out
packed = encode([b"hello", b"", b"a:b,c", "\u00fc".encode()])
print(packed)
print(decode(packed))
for bad in [b"x:abc,", b"3:abcd,", b"5hello"]:
    try:
        decode(bad)
    except ValueError as e:
        print("ValueError:", e)

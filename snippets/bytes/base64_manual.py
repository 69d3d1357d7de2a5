# Base64 written by hand over bytes, checked against known vectors.
ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        quad = bytes(ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0))
        out += quad[:len(chunk) + 1].ljust(4, b"=")
    return bytes(out)
def b64decode(text):
    text = text.rstrip(b"=")
    n_bits = 0
    acc = 0
    out = bytearray()
    for c in text:
        acc = (acc << 6) | ALPHABET.index(c)
        n_bits += 6
        if n_bits >= 8:
            n_bits -= 8
            out.append((acc >> n_bits) & 0xFF)
    return bytes(out)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "\u00e9\u00e8".encode()]:
    enc = b64encode(s)
    print(s, enc, b64decode(enc) == s)
try:
    b64decode(b"ab$d")
except ValueError as e:
    print(e)

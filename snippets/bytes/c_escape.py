# Escape bytes for a C string literal, and unescape them again.
ESC = {0x09: b"\\t", 0x0A: b"\\n", 0x0D: b"\\r", 0x22: b'\\"', 0x5C: b"\\\\"}
def c_escape(data):
    out = bytearray()
    for b in data:
        if b in ESC:
            out += ESC[b]
        elif 0x20 <= b < 0x7F:
            out.append(b)
        else:
            out += b"\\x%02x" % b
    return bytes(out)
def c_unescape(text):
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i:i + 1] == b"\\":
            kind = text[i + 1:i + 2]
            if kind == b"x":
                out += bytes.fromhex(text[i + 2:i + 4].decode())
                i += 4
                continue
            out += {b"t": b"\t", b"n": b"\n", b"r": b"\r", b'"': b'"', b"\\": b"\\"}[kind]
            i += 2
        else:
            out += text[i:i + 1]
            i += 1
    return bytes(out)
raw = b'line1\n\t"quoted" \\ \x00\xff end'
esc = c_escape(raw)
print(esc.decode("ascii"))
print(c_unescape(esc) == raw)

# Escape bytes into a JSON string body using replace() passes.
def json_escape(data):
    data = data.replace(b"\\", b"\\\\").replace(b'"', b'\\"')
    for code, esc in [(b"\n", b"\\n"), (b"\r", b"\\r"), (b"\t", b"\\t")]:
        data = data.replace(code, esc)
    out = bytearray()
    for b in data:
        out += b"\\u%04x" % b if b < 0x20 else bytes([b])
    return b'"' + bytes(out) + b'"'
print(json_escape(b'He said "hi"\n\tand left\\'))
print(json_escape(b"\x00\x1f ok"))
print(b"a.b.c".replace(b".", b"", 1), b"aaaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"|"))

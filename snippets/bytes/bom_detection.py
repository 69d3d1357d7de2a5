# Detect and strip byte order marks by prefix.
BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
def sniff(data):
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, data[len(bom):]
    return "none", data
for blob in [b"\xef\xbb\xbfhello", b"\xff\xfeh\x00", b"plain", b""]:
    name, rest = sniff(blob)
    print(name, rest)
print(b"\xef\xbb\xbfx".startswith((b"\xff\xfe", b"\xef\xbb\xbf")), b"abc".startswith(()))
print(b"\xef\xbb\xbfhi".decode("utf-8"), b"\xef\xbb\xbfhi".removeprefix(b"\xef\xbb\xbf").decode())

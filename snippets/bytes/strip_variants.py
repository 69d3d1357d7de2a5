# strip/lstrip/rstrip with default whitespace and with byte sets.
s = b"\t  <<hello>>  \r\n"
print(s.strip(), s.lstrip(), s.rstrip())
inner = s.strip()
print(inner.strip(b"<>"), inner.lstrip(b"<"), inner.rstrip(b">"), inner.strip(b"><eh"))
print(b"xxyxhixyx".strip(b"xy"), b"000123000".strip(b"0"), b"----".strip(b"-"))
print(b"\x1c data \x1c".strip(), b"\x0b\x0c data".lstrip())
print(bytearray(b"  pad  ").strip(), b"abc".strip(bytearray(b"ac")), b"abc".strip(memoryview(b"a")))
print(b"  x ".strip(None), b"xyz".rstrip(b""))
for bad in ["x", 5]:
    try:
        b"x".strip(bad)
    except TypeError as e:
        print(e)

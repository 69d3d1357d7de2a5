# UTF-16: byte order marks, endianness, surrogate pairs and CPython's error messages.
text = "Hi \u00e9\u20ac\U0001f40d"
for codec in ["utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16le", "UTF-16BE", "u16"]:
    data = text.encode(codec)
    print(f"{codec:10} {len(data):2} {data[:6].hex(' ')} ... {data[-4:].hex(' ')}")

# 'utf-16' writes a BOM, and reads one to pick the byte order (else little-endian here).
le, be = text.encode("utf-16-le"), text.encode("utf-16-be")
print(repr((b"\xff\xfe" + le).decode("utf-16")), repr((b"\xfe\xff" + be).decode("utf-16")))
print(repr(le.decode("utf-16")), repr(b"\xff\xfe".decode("utf-16")), repr("".encode("utf-16")))
print(repr((b"\xff\xfe" + le).decode("utf-16-le")[:2]))

# The snake is a surrogate pair: two 16-bit units.
snake = "\U0001f40d".encode("utf-16-be")
hi, lo = int.from_bytes(snake[:2], "big"), int.from_bytes(snake[2:], "big")
print(hex(hi), hex(lo), hex(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)))

# Broken input, with the ranges CPython reports.
samples = [
    (b"A\x00B\x00C", "utf-16-le"),
    (b"\xff\xfeA\x00\x3d", "utf-16"),
    (b"A\x00\x3d\xd8", "utf-16-le"),
    (b"\x00A\xd8\x3d\x00B", "utf-16-be"),
    (b"\x0d\xdcA\x00", "utf-16-le"),
    (b"\xfe\xff\xdc\x00", "utf-16"),
]
for data, codec in samples:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print(f"{e}  [{e.encoding} {e.start}:{e.end}]")
    for errors in ["replace", "ignore", "backslashreplace"]:
        print("   ", errors, repr(data.decode(codec, errors)))

# Lone surrogates cannot be encoded; the handlers act one surrogate at a time.
for errors in ["strict", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
    try:
        print(errors, "a\udc80\ud800b".encode("utf-16-le", errors))
    except UnicodeEncodeError as e:
        print(errors, "->", e)

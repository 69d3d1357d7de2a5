# UTF-32: fixed-width code points, BOM handling and the range checks on decoding.
text = "a\u00e9\U0001f600"
for codec in ["utf-32", "utf-32-le", "utf-32-be", "utf32", "U32", "utf_32be"]:
    data = text.encode(codec)
    print(f"{codec:9} {len(data):2} {data.hex(' ', 4)}")

# Count code points from the byte length, as a reader of a fixed-width format would.
data = text.encode("utf-32-le")
print(len(data) // 4, [hex(int.from_bytes(data[i:i + 4], "little")) for i in range(0, len(data), 4)])
print(repr((b"\x00\x00\xfe\xff" + text.encode("utf-32-be")).decode("utf-32")))
print(repr(b"\xff\xfe\x00\x00".decode("utf-32")), repr(data.decode("utf-32")))

bad = [
    (b"a\x00\x00\x00b\x00", "utf-32-le"),
    (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\x00\xd8\x00", "utf-32-be"),
    (b"\xff\xfe\x00\x00\x00\xdc\x00\x00", "utf-32"),
]
for data, codec in bad:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print(f"{e} -> {e.start}:{e.end}")
    print("   ", repr(data.decode(codec, "replace")), repr(data.decode(codec, "backslashreplace")))
print(repr(b"\x00\xd8\x00\x00".decode("utf-32-le", "surrogatepass")))
try:
    "\udfff".encode("utf-32")
except UnicodeEncodeError as e:
    print(e)

# UTF-8 round trips: how many bytes each character takes, and lossless decoding.
for text in ["A", "\u00e9", "\u20ac", "\U0001f600", "na\u00efve caf\u00e9", "\u65e5\u672c\u8a9e", ""]:
    data = text.encode("utf-8")
    print(repr(text), data, len(text), len(data), data.decode("utf-8") == text)
print("x".encode(), "x".encode("UTF8"), "x".encode(encoding="utf_8"))
b = "\u00fcber".encode()
print(b[0], b[1], hex(b[0]), b[0] >> 5 == 0b110, (b[1] & 0xC0) == 0x80)
print(str(b, "utf-8"), str(b, encoding="utf-8", errors="strict"), bytes("\u00fc", "utf-8"))

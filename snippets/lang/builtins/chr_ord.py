# chr and ord round trips over ASCII, Latin-1, BMP and astral characters.
for c in "Aa0 ~é€😀":
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print(chr(0), repr(chr(0x10F7FF)), ord(b"A"), ord(bytearray(b"z")))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(e)
for bad in ("", "ab", 5, b"ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
try:
    chr("a")
except TypeError as e:
    print(e)

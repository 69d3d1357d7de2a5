# Where bytes.fromhex() reports bad input.
for text in ["0g", "abc", "a b", " 1", "12 3", "12  34 5x", "0x12", "caf\u00e9", "ff\u2003ff", "1\x1c2"]:
    try:
        print(repr(text), bytes.fromhex(text))
    except ValueError as e:
        print(repr(text), "->", e)
for arg in [b"ff", 255, None]:
    try:
        bytes.fromhex(arg)
    except TypeError as e:
        print(e)
try:
    bytearray.fromhex("00", "11")
except TypeError as e:
    print(e)
print(bytes.fromhex("\t0a\n0b\x0b0c\x0c\r"))

# The in operator for bytes: ints are byte values, bytes-likes are substrings.
data = b"hello world"
print(104 in data, 0 in data, b"lo w" in data, b"" in data, bytearray(b"wor") in data, memoryview(b"ld") in data)
print(b"xyz" not in data, True in b"\x01", False in b"\x01")
print(ord("o") in bytearray(data), b"o" in bytearray(data))
for item in [256, -1, 2**70, "h", 1.5, None]:
    try:
        print(item in data)
    except (TypeError, ValueError) as e:
        print(repr(item), type(e).__name__ + ":", e)

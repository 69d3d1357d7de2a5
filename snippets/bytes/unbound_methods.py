# Byte methods taken from the type and called with the receiver first.
print(bytes.upper(b"abc"), bytearray.lower(bytearray(b"ABC")), bytes.split(b"a b"), bytes.hex(b"\x01\x02", ":"))
print(list(map(bytes.strip, [b" a ", b"b "])), sorted([b"b", b"A"], key=bytes.lower))
print(bytes.upper, bytearray.append, bytes.fromhex, bytearray.fromhex("ab"))
ba = bytearray(b"x")
bytearray.append(ba, 121)
print(ba)
for call in [lambda: bytes.upper(), lambda: bytes.upper("abc"), lambda: bytearray.upper(b"abc"), lambda: bytes.nope]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

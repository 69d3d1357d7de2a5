# Adler-32 computed over bytes, compared with published values.
def adler32(data, value=1):
    a, b = value & 0xFFFF, value >> 16
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
print(hex(adler32(b"Wikipedia")))
print(adler32(b""), adler32(b"a"), hex(adler32(b"abc")))
whole = adler32(b"hello world")
part = adler32(b" world", adler32(b"hello"))
print(whole == part, whole.to_bytes(4, "big").hex())
print(adler32(bytearray(b"x" * 1000)), adler32(memoryview(b"\xff" * 10)))

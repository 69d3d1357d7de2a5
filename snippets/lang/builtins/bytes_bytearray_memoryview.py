# bytes, bytearray and memoryview constructors from ints, iterables, strings and buffers.
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(b"x"), bytes(range(3)))
print(bytearray(2), bytearray(b"ab"), bytearray("ok", "ascii"), bytearray([1, 2]))
m = memoryview(b"abcdef")
print(m[1], m[1:3].tobytes(), len(m), m.readonly, bytes(m[::2]))
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
print(ba, mv.tolist()[:2])
for args in [("x",), ([256],), (-1,), (1.5,)]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(e)

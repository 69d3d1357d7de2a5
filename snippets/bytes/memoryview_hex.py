# memoryview.hex() shares the bytes.hex() argument handling.
m = memoryview(b"\x00\x10\x20\x30\x40")
print(m.hex(), m.hex(":"), m.hex("-", 2), m[1:4].hex(" "), m[::2].hex(), memoryview(bytearray(b"\xff")).hex())
import array
print(memoryview(array.array("H", [1, 258])).hex(" "))
for call in [lambda: m.hex("::"), lambda: m.hex(5), lambda: m.hex(x=1), lambda: m.hex(":", "2")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m.release()
try:
    m.hex()
except ValueError as e:
    print(e)

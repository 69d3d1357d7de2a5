# The ways to call bytes() and bytearray().
print(bytes(), bytes(4), bytes([65, 66]), bytes(range(3)), bytes((0xff,)), bytes(b"copy"))
print(bytes("caf\u00e9", "utf-8"), bytes("abc", encoding="ascii"), bytes("x\u00e9", "ascii", "replace"))
print(bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(iter([1, 2])), bytes({7: "a", 9: "b"}))
print(bytearray(), bytearray(3), bytearray(b"xy"), bytearray("\u00e9", "latin-1"), bytearray([True, False]))
print(bytes(source=b"kw"), bytearray(source=[1]), bytes("s", "ascii", errors="strict"))
import array
print(bytes(array.array("h", [1, 256])), bytearray(array.array("B", [9])))
print(bytes(memoryview(b"abcdef")[::2]), bytes(False), bytes(True))

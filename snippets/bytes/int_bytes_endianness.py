# int.to_bytes / int.from_bytes: lengths and byte orders.
n = 0x12345678
big, little = n.to_bytes(4, "big"), n.to_bytes(4, byteorder="little")
print(big, little, big[::-1] == little)
print(int.from_bytes(big, "big") == n, int.from_bytes(little, "little") == n)
print(int.from_bytes(big, "little"), hex(int.from_bytes(big, "little")))
print((1).to_bytes(), (255).to_bytes(), (256).to_bytes(2), (0).to_bytes(0))
print((2**64 - 1).to_bytes(8, "big").hex(), (2**64).to_bytes(9, "little"))
print(int.from_bytes(b""), int.from_bytes(b"\x00\x00\x01"), int.from_bytes(b"\xff" * 9))
print((1024).to_bytes(length=3, byteorder="big"), int.to_bytes(7, 2, "little"))
for value, length in [(256, 1), (2**64, 8), (-1, 4)]:
    try:
        value.to_bytes(length, "big")
    except OverflowError as e:
        print(value, length, "->", e)

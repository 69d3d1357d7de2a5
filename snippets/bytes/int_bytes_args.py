# Argument forms and errors of int.to_bytes and int.from_bytes.
print((5).to_bytes(2, "little", signed=False), (5).to_bytes(byteorder="little", length=2))
print(int.from_bytes([1, 2, 3]), int.from_bytes((255, 0), "little"), int.from_bytes(bytearray(b"\x01\x00")))
print(int.from_bytes(memoryview(b"\x00\x10")), int.from_bytes(range(1, 3)))
calls = [
    lambda: (1).to_bytes(-1),
    lambda: (1).to_bytes(2, "middle"),
    lambda: (1).to_bytes(2, 1),
    lambda: (1).to_bytes(2, "big", True),
    lambda: (1).to_bytes(2, "big", foo=1),
    lambda: (1).to_bytes(2, length=2),
    lambda: (1).to_bytes("2"),
    lambda: int.from_bytes(),
    lambda: int.from_bytes("abc"),
    lambda: int.from_bytes(5),
    lambda: int.from_bytes([1, 256]),
    lambda: int.from_bytes(["a"]),
    lambda: int.from_bytes(b"a", None),
]
for call in calls:
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

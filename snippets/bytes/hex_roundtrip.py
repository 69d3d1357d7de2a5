# bytes.hex() and bytes.fromhex() round trips, with separators.
data = bytes([0, 1, 15, 16, 127, 128, 254, 255])
h = data.hex()
print(h, len(h))
print(bytes.fromhex(h) == data, bytearray.fromhex(h))
print(data.hex(":"), data.hex("-", 2), data.hex(" ", -3), data.hex(b"|", 4))
spaced = "00 01 0f\t10\n7F 80 FE FF"
print(bytes.fromhex(spaced) == data)
print(bytearray(data).hex(), memoryview(data).hex("."), memoryview(data)[2:5].hex())
print(b"".hex(), bytes.fromhex(""), bytes.fromhex("   "))
print(bytes.fromhex("DeadBeef"), "DeadBeef".lower())

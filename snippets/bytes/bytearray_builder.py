# Build a binary message incrementally with append, extend and insert.
buf = bytearray()
buf.append(0x01)
buf.extend(b"HDR")
buf.extend([0, 0])
buf.extend(range(3))
buf.extend(bytearray(b"!"))
buf.extend(memoryview(b"mv"))
buf.extend(iter([9, 8]))
buf.extend("xy".encode())
buf.insert(0, 0xFF)
buf.insert(-1, ord("_"))
buf.insert(100, 0xEE)
buf.insert(-100, 0xDD)
print(buf, len(buf))
length = len(buf) - 2
buf[3:5] = length.to_bytes(2, "big")
print(buf.hex(" "))
buf += b"END"
buf *= 1
print(buf[-3:], buf.endswith(b"END"), buf.find(b"HDR"))

# repr() escapes of control, high and special bytes.
data = bytes(range(0, 256, 7)) + b"\t\n\r\\\x7f"
print(repr(data))
print(repr(bytes(range(32))))
print(repr(bytes(range(0x7c, 0x84))))
print(ascii(b"\xe9"), repr("\xe9".encode()), repr(bytearray(b"\x00\xff")))
print(eval(repr(data)) == data) if False else print(len(repr(data)))

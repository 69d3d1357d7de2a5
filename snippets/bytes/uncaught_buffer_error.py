# Growing a bytearray while a memoryview holds it raises BufferError.
buf = bytearray(b"abc")
view = memoryview(buf)
print(view[0], bytes(view))
buf.extend(b"def")
print("not reached")

# An uncaught TypeError from writing through a read-only view of bytes.
header = memoryview(b'GIF89a')
print(header[:3].tobytes())
header[3:6] = b'87a'

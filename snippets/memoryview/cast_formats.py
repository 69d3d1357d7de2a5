# Casting bytes to native integer and float formats, and back to bytes.
raw = bytes(range(1, 17))
m = memoryview(raw)
for fmt in ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', '?', 'P']:
    c = m.cast(fmt)
    print(fmt, c.itemsize, len(c), c.format, c.tolist()[:2])
print(m.cast('@i').format, m.cast('@i').tolist())
signed = memoryview(b'\xff\xfe\x80\x7f').cast('b')
print(signed.tolist(), memoryview(b'\xff\xfe\x80\x7f').tolist())
halves = memoryview(bytearray(8)).cast('h')
halves[0] = -2
halves[3] = 32767
print(halves.tolist(), halves.cast('B').tolist())
floats = memoryview(bytearray(16)).cast('d')
floats[0] = 1.5
floats[1] = -0.0
print(floats.tolist(), bytes(floats.cast('B')[:8]).hex())
singles = memoryview(bytearray(8)).cast('f')
singles[0] = 0.1
singles[1] = 1e300
print(singles.tolist())

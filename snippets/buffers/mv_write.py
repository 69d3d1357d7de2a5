# Writing through memoryviews: items, slices, steps, overlapping copies.
buf = bytearray(10)
mv = memoryview(buf)
mv[0] = 65
mv[-1] = 90
mv[2:5] = b'xyz'
print(buf)
mv[::3] = b'1234'
print(buf)
mv[1:6] = mv[0:5]
print(buf)
mv[5:] = bytearray(b'ABCDE')
print(bytes(buf))
sub = mv[2:8]
sub[0] = 0
sub[-1] = 255
print(buf, sub.tolist())

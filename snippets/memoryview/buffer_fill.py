# Filling a preallocated buffer from several sources through a moving view, like readinto.
out = bytearray(12)
view = memoryview(out)
pos = 0
for chunk in [b'abc', bytearray(b'defg'), memoryview(b'hijkl')[1:]]:
    n = len(chunk)
    view[pos:pos + n] = chunk
    pos += n
print(pos, out)
remaining = view[pos:]
print(len(remaining), remaining.tolist())
remaining[:] = b'!' * len(remaining)
print(out)
try:
    view[pos:pos + 2] = b'xyz'
except ValueError as e:
    print('ValueError:', e)

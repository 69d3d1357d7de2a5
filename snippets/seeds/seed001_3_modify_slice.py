# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
data = bytearray(b'Hello, World!')
mv = memoryview(data)
slice_mv = mv[7:12]
# Modifying a slice using memory view
slice_mv[0:5] = b'Universe'
print(data)  # Output: bytearray(b'Hello, Universe?')

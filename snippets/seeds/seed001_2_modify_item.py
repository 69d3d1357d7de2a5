# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
data = bytearray(b'Hello, World!')
mv = memoryview(data)

# Modifying a single element using memory view
mv[13] = 63  # ASCII value of '?'
print(data)  # Output: bytearray(b'Hello, World?')

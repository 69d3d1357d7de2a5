# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
# Creating a bytearray
data = bytearray(b'Hello, World!')

# Creating a memory view
mv = memoryview(data)

# Printing the memory view
print(mv)

# Accessing individual elements using memory view
print(mv[0])  # Output: 72 (ASCII value of 'H')

# Slicing memory view
slice_mv = mv[7:12]
print(slice_mv.tobytes())  # Output: b'World'

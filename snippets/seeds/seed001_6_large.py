# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
# Creating a large bytearray
large_data = bytearray(range(1000000))  # Contains numbers from 0 to 999999

# Creating a memory view
mv_large = memoryview(large_data)

# Modifying a slice of the memory view
mv_large[1000:1010] = b'X' * 10

# Displaying a portion of the modified data
print(large_data[995:1015])  # Output: bytearray(b'\x03\x03\x03\x03\x03XXXXX\x03\x03\x03\x03')

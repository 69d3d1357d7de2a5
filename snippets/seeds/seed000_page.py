# Seed: shared/seeds/000_62af0112853ee91d.txt -- every code block of the page, concatenated exactly as the page shows it (mangled lines included).
 # Create a bytearray (mutable byte sequence)
data = bytearray(b'Hello World')
print("Raw Data:", data) # bytearray(b'Hello World')

# Create memoryview
mv = memoryview(data)

# View the first part (slice) - data will not be copied ("first 5 bytes:", mv[:5].tobytes()) # b'Hello'

# Modify data (because bytearray is variable)
mv[0] = ord('h') # Change 'H' to 'h'
print("Modified data:", data) # bytearray(b'hello World')
 large_data = bytearray(10_000_000) # 10 million bytes large_data[:10] = b'abcdefghij'

# Use memoryview to slice, do not copy mv_large = memoryview(large_data)
chunk = mv_large[1000:2000] # Just a view, not copying 1000 bytes print("Slice length:", len(chunk)) # 1000
print("First bytes:", chunk[:5].tobytes()) # b'\x00\x00\x00\x00\x00\x00'
 data = bytearray(b'Python')
mv = memoryview(data)

# Modify the middle part mv[1:4] = b'YYY'
print(data) # bytearray(b'PYYYon')
 import array

# Create an integer array number = array.array('i', [10, 20, 30, 40, 50])
mv = memoryview(numbers)

# View original memory (in bytes)
print("Byte length:", len(mv)) # 20 (5 ints, 4 bytes each)
print("Format:", mv.format) # i
print("Element size:", mv.itemsize) # 4

# Modify mv[0] through memoryview = 99 # Modify the first integer print("Modify:", numbers.tolist()) # [99, 20, 30, 40, 50]

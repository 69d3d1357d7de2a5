# Seed: shared/seeds/000_62af0112853ee91d.txt -- one example of the page, restored as its author meant it.
# Create a bytearray (mutable byte sequence)
data = bytearray(b'Hello World')
print("Raw Data:", data) # bytearray(b'Hello World')

# Create memoryview
mv = memoryview(data)

# View the first part (slice) - data will not be copied
print("first 5 bytes:", mv[:5].tobytes()) # b'Hello'

# Modify data (because bytearray is variable)
mv[0] = ord('h') # Change 'H' to 'h'
print("Modified data:", data) # bytearray(b'hello World')

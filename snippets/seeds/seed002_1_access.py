# Seed: shared/seeds/002_53c1b66753fb1d6b.txt -- one example of the page, restored as its author meant it.
#random bytearray
random_byte_array = bytearray('TIPSMAKE', 'utf-8')
mv = memoryview(random_byte_array)
# Access index at position 0 of memory view
print(mv[0])
# Create byte from memory view
print(bytes(mv[0:2]))
# create list memory view
print(list(mv[0:3]))

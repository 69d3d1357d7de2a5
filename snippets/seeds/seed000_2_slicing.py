# Seed: shared/seeds/000_62af0112853ee91d.txt -- one example of the page, restored as its author meant it.
large_data = bytearray(10_000_000) # 10 million bytes
large_data[:10] = b'abcdefghij'

# Use memoryview to slice, do not copy
mv_large = memoryview(large_data)
chunk = mv_large[1000:2000] # Just a view, not copying 1000 bytes
print("Slice length:", len(chunk)) # 1000
print("First bytes:", chunk[:5].tobytes()) # b'\x00\x00\x00\x00\x00\x00'

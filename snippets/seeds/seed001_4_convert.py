# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
data = bytearray(b'Hello, World!')
mv = memoryview(data)

# Converting memory view to bytes
mv_bytes = mv.tobytes()
print(mv_bytes)  # Output: b'Hello, World!'

# Converting memory view to list
mv_list = mv.tolist()
print(mv_list)   # Output: [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100, 33]

# Seed: shared/seeds/000_62af0112853ee91d.txt -- one example of the page, restored as its author meant it.
data = bytearray(b'Python')
mv = memoryview(data)

# Modify the middle part
mv[1:4] = b'YYY'
print(data) # bytearray(b'PYYYon')

# Seed: shared/seeds/000_62af0112853ee91d.txt -- one example of the page, restored as its author meant it.
import array

# Create an integer array
numbers = array.array('i', [10, 20, 30, 40, 50])
mv = memoryview(numbers)

# View original memory (in bytes)
print("Byte length:", len(mv)) # 20 (5 ints, 4 bytes each)
print("Format:", mv.format) # i
print("Element size:", mv.itemsize) # 4

# Modify mv[0] through memoryview
mv[0] = 99 # Modify the first integer
print("Modify:", numbers.tolist()) # [99, 20, 30, 40, 50]

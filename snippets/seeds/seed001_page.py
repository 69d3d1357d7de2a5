# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- every code block of the page, concatenated exactly as the page shows it (mangled lines included).
# Expected to fail until pyview has its own minimal numpy: CPython with numpy prints the page's result.
# Creating a bytearray
data = bytearray(b'Hello, World!')

# Creating a memory view
mv = memoryview(data)

# Printing the memory view

# Accessing individual elements using memory view
print(mv[0])  # Output: 72 (ASCII value of 'H')

# Slicing memory view
slice_mv = mv[7:12]
print(slice_mv.tobytes())  # Output: b'World'

# Modifying a single element using memory view
mv[13] = 63  # ASCII value of '?'
print(data)  # Output: bytearray(b'Hello, World?')

# Modifying a slice using memory view
slice_mv[0:5] = b'Universe'
print(data)  # Output: bytearray(b'Hello, Universe?')

# Converting memory view to bytes
mv_bytes = mv.tobytes()
print(mv_bytes)  # Output: b'Hello, World!'

# Converting memory view to list
mv_list = mv.tolist()
print(mv_list)   # Output: [72, 101, 108, 108, 111, 44, 32, 87, 111, 114, 108, 100, 33]

import numpy as np

# Creating a NumPy array
numpy_array = np.array([1, 2, 3, 4, 5])

# Creating a memory view from the NumPy array
mv_numpy = memoryview(numpy_array)

# Modifying the memory view updates the original array
mv_numpy[2] = 10
print(numpy_array)  # Output: [ 1,  2, 10,  4,  5]

# Creating a large bytearray
large_data = bytearray(range(1000000))  # Contains numbers from 0 to 999999

# Creating a memory view
mv_large = memoryview(large_data)

# Modifying a slice of the memory view
mv_large[1000:1010] = b'X' * 10

# Displaying a portion of the modified data
print(large_data[995:1015])  # Output: bytearray(b'\x03\x03\x03\x03\x03XXXXX\x03\x03\x03\x03')

import numpy as np
import time

# Create a large NumPy array
data = np.arange(10000000)

# Calculate sum using a regular loop
start_time = time.time()
sum_regular = 0
for num in data:
    sum_regular += num
end_time = time.time()
print(f"Sum using regular loop: {sum_regular}")
print(f"Time taken: {end_time - start_time} seconds")

# Calculate sum using memory view
mv_data = memoryview(data)
start_time = time.time()
sum_mv = sum(mv_data)
end_time = time.time()
print(f"Sum using memory view: {sum_mv}")
print(f"Time taken: {end_time - start_time} seconds")

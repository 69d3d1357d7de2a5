# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
# pyview runs it with its own numpy (modules/py/numpy.py), held to NumPy 2.4 by the CPython check.
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

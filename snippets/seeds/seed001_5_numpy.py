# Seed: shared/seeds/001_2f0f3360290eb4e7.txt -- one example of the page, restored as its author meant it.
# pyview runs it with its own numpy (modules/py/numpy.py), held to NumPy 2.4 by the CPython check.
import numpy as np

# Creating a NumPy array
numpy_array = np.array([1, 2, 3, 4, 5])

# Creating a memory view from the NumPy array
mv_numpy = memoryview(numpy_array)

# Modifying the memory view updates the original array
mv_numpy[2] = 10
print(numpy_array)  # Output: [ 1,  2, 10,  4,  5]

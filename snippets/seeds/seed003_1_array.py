# Seed: shared/seeds/003_ce7a4f0fccc0b9a6.txt -- one example of the page, restored as its author meant it.
import array
numbers = array.array('i', [1, 2, 3, 4])
memory_view = memoryview(numbers)
# Accessing elements
print(memory_view[0]) # Output: 1
# Modifying the original data through the memoryview
memory_view[1] = 5
print(numbers) # Output: array('i', [1, 5, 3, 4])
# Creating a subview
subview = memory_view[1:3]
print(subview) # Output: <memoryview of array('i', [5, 3])>

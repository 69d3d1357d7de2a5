# An uncaught IndexError naming the dimension that was out of bounds.
grid = memoryview(bytearray(6)).cast('B', [2, 3])
grid[1, 2] = 5
print(grid.tolist())
print(grid[1, 3])

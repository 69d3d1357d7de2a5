# A matrix stored flat in a 'd' array, addressed as 2-D through a cast memoryview.
import array
R, C = 2, 3
m = array.array('d', [1, 2, 3, 4, 5, 6])
grid = memoryview(m).cast('B').cast('d', [R, C])
print(grid.shape, grid[1, 2], grid.tolist())
grid[0, 1] = 20.5
print(m)
col_sums = [sum(grid[r, c] for r in range(R)) for c in range(C)]
print(col_sums)
try:
    grid[1]
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    m.append(7.0)
except BufferError as e:
    print('BufferError:', e)

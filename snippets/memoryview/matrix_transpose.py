# A row-major int matrix viewed as 2-D: transposing by index and reading it in Fortran order.
import array
R, C = 3, 4
cells = array.array('i', range(1, R * C + 1))
mat = memoryview(cells).cast('B').cast('i', [R, C])
print(mat.shape, mat.strides)
for r in range(R):
    print([mat[r, c] for c in range(C)])
t = [[mat[r, c] for r in range(R)] for c in range(C)]
print(t)
fortran = memoryview(mat.tobytes('F')).cast('i')
print(fortran.tolist())
print(fortran.tolist() == [x for row in t for x in row])
diag = [mat[i, i] for i in range(min(R, C))]
print(diag, sum(mat.cast('B').cast('i')))
mat[0, 0] = -1
print(cells[0])

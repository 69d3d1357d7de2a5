# tobytes(order): C order, Fortran order and 'A' (the memory as laid out) for contiguous and strided views.
m = memoryview(bytes(range(6)))
grid = m.cast('B', [2, 3])
print(grid.tobytes(), grid.tobytes('C'), grid.tobytes(None))
print(grid.tobytes('F'), grid.tobytes(order='F'))
print(grid.tobytes('A'))
rev = grid[::-1]
print(rev.tolist(), rev.tobytes(), rev.tobytes('F'), rev.tobytes('A'))
strided = m[::2]
print(strided.tobytes('C'), strided.tobytes('F'), strided.tobytes('A'))
print(m.cast('B', [3, 2]).tobytes('F'))
for bad in ['X', 'c', '', b'C', 1]:
    try:
        grid.tobytes(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    grid.tobytes('C', 'F')
except TypeError as e:
    print(e)

# len(), iteration and membership are 1-D operations; N-D views answer len but refuse to iterate.
flat = memoryview(b'abcdef')
grid = flat.cast('B', [2, 3])
print(len(flat), len(grid), len(grid[1:]), len(flat[::4]))
print(list(flat[::2]), [x for x in flat[1::2]], 99 in flat, 100 in flat, 'a' in flat)
for op in [lambda: list(grid), lambda: 97 in grid, lambda: sum(grid), lambda: iter(grid)]:
    try:
        op()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
it = iter(flat)
print(next(it), next(it), type(it).__name__)
print(max(flat), min(flat), sorted(flat[::-1])[:2], list(enumerate(flat[:2])))

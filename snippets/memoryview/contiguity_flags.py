# c_contiguous, f_contiguous and contiguous for 1-D, N-D, sliced and empty views.
m = memoryview(bytes(24))
views = {
    'flat': m,
    'step 2': m[::2],
    'reversed': m[::-1],
    'one item strided': m[::30],
    'empty step 1': m[5:5],
    'empty step 2': m[5:5:2],
    '2x12': m.cast('B', [2, 12]),
    '2x12 rows reversed': m.cast('B', [2, 12])[::-1],
    '1x24': m.cast('B', [1, 24]),
    '24x1': m.cast('B', [24, 1]),
    '4x6 every other row': m.cast('B', [4, 6])[::2],
    '4x6 no rows': m.cast('B', [4, 6])[4:],
    '0-d': m[:4].cast('i', []),
    'ints': m.cast('i'),
}
for name, v in views.items():
    print('%-20s C=%-5s F=%-5s any=%-5s strides=%s' % (name, v.c_contiguous, v.f_contiguous, v.contiguous, v.strides))

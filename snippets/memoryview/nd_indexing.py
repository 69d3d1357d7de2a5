# Indexing N-D views with tuples: m[i, j], negative indices, and the errors for wrong keys.
m = memoryview(bytearray(range(12))).cast('B', [3, 4])
print(m[0, 0], m[2, 3], m[-1, -1], m[1, -4], m[True, False])
m[1, 1] = 99
print(m.tolist())
keys = [(3, 0), (0, 4), (-4, 0), (0, -5), (0, 0, 0), (0,), (), (1.0, 0), ('a', 0), (2**70, 0)]
for k in keys:
    try:
        print(k, m[k])
    except Exception as e:
        print(k, type(e).__name__, e)
for k, v in [((0, 0), 300), ((0, 0), 'x'), ((5, 0), 1), ((0,), 1), ((0, 0, 0), 1)]:
    try:
        m[k] = v
    except Exception as e:
        print(k, type(e).__name__, e)
one = memoryview(b'xyz')
print(one[(1,)], one[-1,])

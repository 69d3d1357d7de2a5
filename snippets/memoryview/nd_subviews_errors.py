# What N-D views cannot do in CPython 3.11: sub-views, multi-dimensional slicing, slice assignment.
m = memoryview(bytearray(range(12))).cast('B', [3, 4])
attempts = {
    'm[0]': lambda: m[0],
    'm[0:1, 0:2]': lambda: m[0:1, 0:2],
    'm[0, 0:2]': lambda: m[0, 0:2],
    'm[...]': lambda: m[...],
    'm[1.5]': lambda: m[1.5],
    'list(m)': lambda: list(m),
    '5 in m': lambda: 5 in m,
    'reversed(m)': lambda: list(reversed(m)),
}
for label, op in attempts.items():
    try:
        print(label, op())
    except Exception as e:
        print(label, type(e).__name__, e)
rows = m[1:]
print(rows.shape, rows.tolist(), len(rows), m[::-1].tolist()[0], m[::2].shape)
for label, key in [('m[0] = 1', 0), ('m[0:1] = ...', slice(0, 1)), ('m[0:1, 0:1] = ...', (slice(0, 1), slice(0, 1)))]:
    try:
        m[key] = b'\x00' * 4
    except NotImplementedError as e:
        print(label, 'NotImplementedError:', e)

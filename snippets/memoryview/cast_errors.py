# Every way memoryview.cast refuses, with CPython's messages.
m = memoryview(bytearray(12))
cases = [
    lambda: m.cast('x'),
    lambda: m.cast('<i'),
    lambda: m.cast('ii'),
    lambda: m.cast(''),
    lambda: m.cast('e'),
    lambda: m.cast(b'B'),
    lambda: m.cast(3),
    lambda: m.cast(),
    lambda: m.cast('B', [12], 1),
    lambda: m.cast('B', foo=1),
    lambda: m.cast('B', 12),
    lambda: m.cast('B', [12.0]),
    lambda: m.cast('B', [0]),
    lambda: m.cast('B', [-12]),
    lambda: m.cast('B', [2**70]),
    lambda: m.cast('B', [2**62, 2**62]),
    lambda: m.cast('B', [1] * 65),
    lambda: m.cast('B', [5]),
    lambda: m.cast('d'),
    lambda: m.cast('i').cast('h'),
    lambda: m.cast('B', [3, 4]).cast('B', [2, 6]),
    lambda: m.cast('B', [3, 4])[::2].cast('B'),
    lambda: m[::2].cast('B'),
    lambda: m[:0].cast('B', [1]),
    lambda: m.cast('é'),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, 'ok', r.format, r.shape)
    except Exception as e:
        print(i, type(e).__name__, e)

# Argument errors of memoryview methods, worded as CPython's.
m = memoryview(bytearray(b'abcd'))
calls = [
    lambda: m.tolist(1),
    lambda: m.tolist(x=1),
    lambda: m.release(1),
    lambda: m.toreadonly(None),
    lambda: m.tobytes('C', 'F'),
    lambda: m.tobytes(foo='C'),
    lambda: m.tobytes(order=1),
    lambda: m.hex(':', 1, 2),
    lambda: m.hex(foo=1),
    lambda: m.hex(':', bytes_per_sep=1.0),
    lambda: m.cast(),
    lambda: m.cast(format=1),
    lambda: m.cast('B', shape=[4], format='B'),
    lambda: m.cast(shape=[4]),
    lambda: m.__enter__(1),
    lambda: m.__exit__(a=1),
    lambda: m.nosuch(),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except Exception as e:
        print(i, type(e).__name__, e)

# What a released view still answers (repr, ==, release again) and everything it refuses.
m = memoryview(b'spam')
alive = repr(m)
m.release()
print(alive.startswith('<memory at 0x'), repr(m).startswith('<released memory at 0x'))
print(str(m) == repr(m))
ops = {
    'len': lambda: len(m),
    'index': lambda: m[0],
    'slice': lambda: m[1:],
    'tolist': lambda: m.tolist(),
    'tobytes': lambda: m.tobytes(),
    'hex': lambda: m.hex(),
    'cast': lambda: m.cast('B'),
    'toreadonly': lambda: m.toreadonly(),
    'list': lambda: list(m),
    'in': lambda: 115 in m,
    'bytes': lambda: bytes(m),
    'hash': lambda: hash(m),
    'bool': lambda: bool(m),
    'enter': lambda: m.__enter__(),
    'c_contiguous': lambda: m.c_contiguous,
    'suboffsets': lambda: m.suboffsets,
    'concat': lambda: b'x' + m,
}
for name, op in ops.items():
    try:
        print(name, op())
    except Exception as e:
        print(name, type(e).__name__, e)
print(m == m, m != m, m == b'spam', b'spam' == m, m.release())

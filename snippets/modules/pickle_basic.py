# pickle.dumps of the built-in types at every protocol: the bytes are
# CPython's C pickler's, and loads gives the value back.
import pickle
import hashlib

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63, 10**30, -10**30,
    0.0, -0.0, 1.5, 1e300, float('inf'), 1 / 3,
    '', 'abc', 'a\\b\n\r\x00\x1a\u1234\U00012345\xe9', '\udc80',
    b'', b'abc', bytearray(), bytearray(b'xy'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1], [1, 2], {}, {1: 2}, {1: 2, 'k': [3]},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({1, 2}),
    3 + 4j, ..., NotImplemented, type(None), type(...), int, len, object,
    range(5), slice(1, 2), ValueError('bad', 2),
]
for v in values:
    print(repr(v))
    for p in range(6):
        s = pickle.dumps(v, p)
        r = pickle.loads(s)
        same = r == v or (v != v) or type(v) is ValueError
        print(' ', p, s, '' if same else 'MISMATCH')

# Shared and recursive structures come back shared.
a = [1, 2]
b = [a, a, (a,)]
rec = []
rec.append(rec)
d = {}
d['self'] = d
t = (rec,)
for p in range(6):
    print(p, pickle.dumps(b, p))
    r = pickle.loads(pickle.dumps(b, p))
    print(r, r[0] is r[1] is r[2][0])
    print(p, pickle.dumps(rec, p), pickle.dumps(d, p), pickle.dumps(t, p))
    r = pickle.loads(pickle.dumps(rec, p))
    print(r[0] is r, pickle.loads(pickle.dumps(d, p))['self'] is not None)

# Batches of 1000 (APPENDS, SETITEMS, ADDITEMS), the memo past 256
# entries (LONG_BINPUT) and 64 KiB frames: digests of the bytes.
big = [
    list(range(1001)), list(range(2001)), {i: str(i) for i in range(1001)},
    set(range(1001)), [str(i) * 50 for i in range(3000)],
    [b'x' * 70000, 'y' * 70000, bytearray(b'z' * 70000)],
    [[i] for i in range(600)],
]
for v in big:
    for p in range(6):
        s = pickle.dumps(v, p)
        assert pickle.loads(s) == v
        print(type(v).__name__, len(v), p, len(s), hashlib.md5(s).hexdigest())

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
print(pickle.encode_long(255), pickle.encode_long(-256), pickle.decode_long(b'\xff\x00'))
print(pickle.MARK, pickle.STOP, pickle.FRAME, pickle.NEWOBJ_EX)
print(pickle.dumps([1, 2]))

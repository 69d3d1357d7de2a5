import io
import marshal

f = io.BytesIO()
for v in [{'a': 1}, [2, (3, 4.5)], 'text', b'raw', None, frozenset({1})]:
    marshal.dump(v, f)
f.seek(0)
for _ in range(6):
    print(marshal.load(f))
print(f.read())
print(marshal.loads(marshal.dumps(bytearray(b'abc'))), marshal.loads(memoryview(marshal.dumps(7))))
print(marshal.loads(bytearray(b'\xe9\x05\x00\x00\x00')), marshal.loads(b'N'), marshal.loads(b'S'), marshal.loads(b'.'))
big = list(range(1000))
print(marshal.loads(marshal.dumps(big)) == big, len(marshal.dumps(big)))
d = {'k': ['v', 1, 2.0]}
aa = [['a'], ['a']]
print(marshal.dumps(d), marshal.dumps(aa))
for call in [lambda: marshal.load(io.BytesIO(b'')), lambda: marshal.dump(1), lambda: marshal.dumps(1, 2, 3),
             lambda: marshal.loads(b'x'), lambda: marshal.dumps(lambda: 0), lambda: marshal.loads(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
marshal.dumps({1: object()})

import marshal
x = [1, 2]
values = [None, True, False, 0, 1, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**40, -2**100, 10**50,
          1.5, -0.0, float('inf'), 1e300, 2 + 1j, -1.5j, 'a', 'abc', '', 'é', 'a' * 300, 'hello world',
          'hello_world', '€uro', b'ab', b'', bytearray(b'x'), (), (1, 2), (1, (2, 3)), [1, 2], x,
          {1: 2}, {'a': 1, 'b': [1, 2]}, set(), {1}, frozenset(), frozenset({7}), ..., StopIteration,
          [x, x], (x, x), ['ab', 'ab'], [1.5, 1.5], [(), ()], [300, 300], [2**40, 2**40], [1, 1],
          {'k': 'k'}, (1,), [[1], [2]], tuple(range(300)), list(range(5)), {'nested': {'deep': (1, 'x')}}]
for v in values:
    for ver in (4, 3, 2, 1, 0):
        data = marshal.dumps(v, ver)
        back = marshal.loads(data)
        print(repr(v)[:40], ver, data if len(data) < 80 else len(data), back == v or repr(back) == repr(v))
y = [1]
y.append(y)
d = marshal.dumps(y)
print(d, marshal.loads(d)[1][1][0])
for d in [b'', b'\x01', b'i\x01', b'r\x05\x00\x00\x00', b'[\x02\x00\x00\x00i\x01\x00\x00\x00',
          b's\x05\x00\x00\x00ab', b'\xfa\x05ab', b'l\x01\x00\x00\x00\x00\x80', b'l\x01\x00\x00\x00\x00\x00',
          b'0', b'{i\x01\x00\x00\x00', b'[\xff\xff\xff\xff', b'\xe9\x01\x00\x00\x00extra']:
    try:
        print(repr(marshal.loads(d)))
    except Exception as e:
        print(type(e).__name__, e)
for v in [object(), [1, object()], print, range(3), type, sum]:
    try:
        print(marshal.dumps(v))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: marshal.loads('x'), lambda: marshal.dumps(1, 'x'), lambda: marshal.dumps(), lambda: marshal.loads()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
import io
f = io.BytesIO()
marshal.dump({'a': 1}, f)
marshal.dump([2], f)
f.seek(0)
print(marshal.load(f), marshal.load(f), marshal.version)
marshal.loads(b'\xe9\x01\x00')

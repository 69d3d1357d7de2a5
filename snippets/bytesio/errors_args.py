# Wrong arguments to BytesIO methods raise CPython's TypeErrors and ValueErrors.
import io

f = io.BytesIO(b'abc')
tests = [
    lambda: io.BytesIO('text'),
    lambda: io.BytesIO(5),
    lambda: io.BytesIO(b'a', b'b'),
    lambda: io.BytesIO(initial=b'a'),
    lambda: f.write('text'),
    lambda: f.write(),
    lambda: f.write(memoryview(b'abcd')[::2]),
    lambda: f.read('1'),
    lambda: f.read(1, 2),
    lambda: f.read(size=1),
    lambda: f.readline(1.0),
    lambda: f.readlines('x'),
    lambda: f.writelines(5),
    lambda: f.writelines([b'ok', 'bad']),
    lambda: f.getvalue(1),
    lambda: f.tell(0),
    lambda: f.seek(0, 0, 0),
    lambda: f.seek(2**70),
    lambda: f.read(2**70),
    lambda: len(f),
    lambda: memoryview(f),
]
for test in tests:
    try:
        print('ok', test())
    except Exception as e:
        print(type(e).__name__, e)
print(f.getvalue())

# Constructor errors: typecodes, initializer types, and the order CPython checks them in.
import array
cases = [
    lambda: array.array(),
    lambda: array.array('b', [1], 2),
    lambda: array.array('b', initializer=[1]),
    lambda: array.array(typecode='b'),
    lambda: array.array('z'),
    lambda: array.array('bb'),
    lambda: array.array(''),
    lambda: array.array(b'b'),
    lambda: array.array(98),
    lambda: array.array('w'),
    lambda: array.array('z', 'abc'),
    lambda: array.array('z', 1),
    lambda: array.array('z', [1]),
    lambda: array.array('b', 'abc'),
    lambda: array.array('i', array.array('u', 'x')),
    lambda: array.array('u', array.array('b', [1])),
    lambda: array.array('u', [1]),
    lambda: array.array('u', ['ab']),
    lambda: array.array('b', 5),
    lambda: array.array('b', None),
    lambda: array.array('h', b'abc'),
    lambda: array.array('b', [1, 'x']),
    lambda: array.array('b', [1.0]),
    lambda: array.array('f', ['1.0']),
    lambda: array.array('b', [200]),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except Exception as e:
        print(i, type(e).__name__, e)

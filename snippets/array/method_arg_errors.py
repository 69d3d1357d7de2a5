# Argument errors of array methods, worded as CPython's.
import array
a = array.array('i', [1, 2, 3])
calls = [
    lambda: a.tolist(1), lambda: a.tobytes(x=1), lambda: a.reverse(0), lambda: a.byteswap(None),
    lambda: a.buffer_info(1), lambda: a.append(), lambda: a.count(1, 2), lambda: a.remove(),
    lambda: a.fromlist(), lambda: a.frombytes(), lambda: a.index(), lambda: a.index(1, 0, 1, 2),
    lambda: a.pop(1, 2), lambda: a.pop(i=1), lambda: a.insert(1), lambda: a.insert(1, 2, 3),
    lambda: a.insert(i=0, x=1), lambda: a.extend(), lambda: a.extend(bb=[1]), lambda: a.nosuch(),
    lambda: a.typecode(), lambda: a.itemsize + 'x',
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except Exception as e:
        print(i, type(e).__name__, e)

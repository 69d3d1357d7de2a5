# +, *, += and *= on arrays, and their type errors.
import array
a = array.array('i', [1, 2])
b = array.array('i', [3])
print(a + b, a * 3, 3 * a, a * 0, a * -1, b + b + b)
c = a
c += b
print(a, c is a)
c *= 2
print(a)
c *= 1
print(a)
c *= 0
print(a, len(a))
ops = [
    lambda: a + [1],
    lambda: [1] + a,
    lambda: a + array.array('h'),
    lambda: a * 'x',
    lambda: a * 1.5,
    lambda: 'x' * a,
    lambda: a - a,
    lambda: a * 2**70,
]
for op in ops:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
def iadd(x):
    global a
    a += x
for x in [[1], array.array('h', [1]), b'\x01']:
    try:
        iadd(x)
    except TypeError as e:
        print('TypeError:', e)

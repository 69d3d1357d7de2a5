# A view of a 'u' array has format 'w': it slices and copies, but cannot unpack items.
import array
text = array.array('u', 'hello')
m = memoryview(text)
print(m.format, m.itemsize, m.nbytes, len(m))
for op in [lambda: m[0], lambda: m.tolist(), lambda: list(m), lambda: m[1:3].tolist()]:
    try:
        op()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
try:
    m[0] = 'J'
except NotImplementedError as e:
    print('NotImplementedError:', e)
m[0:1] = memoryview(array.array('u', 'J'))
print(text)
print(m.cast('B')[:8].tolist(), m == m, m.tobytes()[:4])
try:
    m.cast('i')
except TypeError as e:
    print('TypeError:', e)

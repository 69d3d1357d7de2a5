# Slicing views with steps, including negative ones: strides, lengths and contiguity flags.
m = memoryview(bytes(range(10)))
for s in [slice(None), slice(2, 8), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1),
          slice(8, 2, -2), slice(5, 5), slice(5, 5, 2), slice(-3, None), slice(100, 200), slice(None, None, 20)]:
    v = m[s]
    print(s, v.tolist(), v.strides, len(v), v.c_contiguous)
nested = m[::2][::-1][1:3]
print(nested.tolist(), nested.strides, nested.obj is m.obj)
try:
    m[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    m['a':]
except TypeError as e:
    print('TypeError:', e)
try:
    m[1.5]
except TypeError as e:
    print('TypeError:', e)
print(m[2**70:].tolist(), m[:-2**70].tolist())
try:
    m[2**70]
except IndexError as e:
    print('IndexError:', e)
try:
    m[10]
except IndexError as e:
    print('IndexError:', e)

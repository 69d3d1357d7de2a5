# Slice assignment: step 1 can resize, extended slices need equal sizes, an empty array deletes.
import array
a = array.array('i', range(8))
a[1:3] = array.array('i', [10, 20, 30])
print(a)
a[5:] = array.array('i')
print(a)
a[::2] = array.array('i', [0, 0, 0])
print(a)
a[5:2] = array.array('i', [7])
print(a)
a[::-1] = a
print(a)
b = array.array('i', range(10))
b[::3] = array.array('i')
print(b)
for key, value in [(slice(0, 2), [1, 2]), (slice(0, 2), array.array('h', [1])),
                   (slice(None, None, 2), array.array('i', [1])), (slice('x', None), array.array('i')),
                   (slice(None, None, 0), array.array('i')), (1, array.array('i', [1])), ('k', 1)]:
    try:
        b[key] = value
        print(key, 'ok', b)
    except Exception as e:
        print(key, type(e).__name__, e)

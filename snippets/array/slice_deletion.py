# Deleting items and slices of any step from arrays.
import array
a = array.array('b', range(12))
del a[0]
del a[-1]
print(a)
del a[::3]
print(a)
del a[5:1:-2]
print(a)
del a[100:]
del a[2:2]
print(a)
for key in [100, -100, 'x', 2**70]:
    try:
        del a[key]
    except Exception as e:
        print(repr(key), type(e).__name__, e)
del a[:]
print(a, len(a))

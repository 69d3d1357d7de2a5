# Slicing arrays with steps makes new, independent arrays.
import array
a = array.array('h', range(10))
print(a[2:5], a[::3], a[::-1], a[8:2:-2], a[-3:], a[5:5], a[100:])
b = a[::2]
b[0] = 99
print(a[0], b[0], type(b).__name__, b.typecode)
print(a[:], a[:] == a, a[:] is a)
for key in [slice(None, None, 0), 'x', 1.0, 2**70, 10, -11]:
    try:
        print(a[key])
    except Exception as e:
        print(repr(key), type(e).__name__, e)
u = array.array('u', 'abcdef')
print(u[::2], u[::-1].tounicode())

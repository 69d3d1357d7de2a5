# Slicing lists: reading, assigning with different lengths, extended slices, deleting.
a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-100:100][:2])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::2] = "ABCDEF"[:len(a[::2])]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(e)
del a[::3]
print(a)
b = [1, 2, 3]
b[len(b):] = [4, 5]
b[:0] = [0]
print(b)
s = slice(1, None, 2)
print(b[s], s.start, s.stop, s.step, s, s.indices(len(b)))
c = b[:]
c[0] = "changed"
print(b[0], c[0])

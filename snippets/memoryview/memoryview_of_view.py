# memoryview(m) copies a view's geometry and shares its export; releasing one leaves the other working.
data = bytearray(b'abcdefgh')
a = memoryview(data)[2:6].cast('c')
b = memoryview(a)
print(b.format, b.shape, b.obj is data, b.tolist())
a.release()
print(b.tolist(), b == a)
try:
    memoryview(a)
except ValueError as e:
    print('ValueError:', e)
b[0] = b'C'
print(data)
ro = memoryview(memoryview(b'xyz'))
print(ro.readonly, ro.obj)
for bad in [1, 'str', [1, 2], None]:
    try:
        memoryview(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    memoryview()
except TypeError as e:
    print('TypeError:', e)
try:
    memoryview(b'a', b'b')
except TypeError as e:
    print('TypeError:', e)
print(memoryview(object=b'kw').tobytes())

# toreadonly(): a read-only view of writable memory that still sees later writes through other views.
buf = bytearray(b'config=1')
rw = memoryview(buf)
ro = rw.toreadonly()
print(rw.readonly, ro.readonly, ro.obj is buf, ro.tobytes())
try:
    ro.cast('B')[0] = 65
except TypeError as e:
    print('TypeError:', e)
try:
    ro[-1] = ord('2')
except TypeError as e:
    print('TypeError:', e)
try:
    ro[0:1] = b'C'
except TypeError as e:
    print('TypeError:', e)
try:
    del ro[0]
except TypeError as e:
    print('TypeError:', e)
rw[-1] = ord('2')
print(ro.tobytes(), ro[1:3].readonly, memoryview(ro).readonly, ro.toreadonly().readonly)
print(memoryview(b'const').readonly, memoryview(b'const').toreadonly() == b'const')
try:
    memoryview(b'const')[0] = 1
except TypeError as e:
    print('TypeError:', e)

# 'u' arrays reject non-characters, and code points beyond U+10FFFF loaded from bytes fail when read.
import array
u = array.array('u', 'ab')
for v in ['xy', '', 65, b'a', None]:
    try:
        u[0] = v
    except TypeError as e:
        print(repr(v), 'TypeError:', e)
bad = array.array('u', b'\x00\x00\x11\x00')
print(len(bad), bad.itemsize)
for op in [lambda: bad[0], lambda: bad.tolist(), lambda: list(bad), lambda: bad.tounicode(), lambda: repr(bad)]:
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
mixed = array.array('u', 'ok') + bad
print(mixed[0], mixed == mixed, mixed.tobytes()[-4:])

# memoryview as a context manager: release at the end of the block, even when the block raises.
buf = bytearray(b'abcdef')
with memoryview(buf) as m:
    print(m[0], m.readonly, len(m))
    with m[1:3] as inner:
        print(inner.tobytes())
    print(inner)
print(m)
try:
    with memoryview(buf) as m2:
        m2[0] = ord('A')
        raise KeyError('boom')
except KeyError as e:
    print('KeyError', e, repr(m2)[:18])
buf.append(ord('g'))
print(buf)
m3 = memoryview(buf)
with m3:
    pass
try:
    with m3:
        pass
except ValueError as e:
    print('ValueError:', e)
print(m3.__exit__(None, None, None), m3.__exit__())
try:
    m3.__enter__(1)
except TypeError as e:
    print('TypeError:', e)

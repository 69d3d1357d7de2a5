# Per-typecode TypeError texts for values of the wrong type.
import array
values = [1.5, '1', b'1', None, [1], 'ab', '', 1]
for tc in 'bHiQfdu':
    a = array.array(tc, array.array(tc).tobytes() + bytes(array.array(tc).itemsize))
    for v in values:
        try:
            a[0] = v
            print(tc, repr(v), 'ok', a[0])
        except TypeError as e:
            print(tc, repr(v), 'TypeError:', e)

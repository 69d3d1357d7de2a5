# writelines writes every item of an iterable of bytes-like objects.
import array
import io

f = io.BytesIO()
print(f.writelines([b'one,', bytearray(b'two,'), memoryview(b'three,')]))
f.writelines(x.encode() for x in ['a', 'b', 'c'])
f.writelines([array.array('B', [10, 33])])
print(f.getvalue())
try:
    f.writelines([b'ok', 'not bytes', b'never'])
except TypeError as e:
    print('TypeError:', e)
print(f.getvalue(), f.tell())

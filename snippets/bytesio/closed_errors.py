# Every operation on a closed BytesIO raises ValueError; closing twice is fine.
import io

f = io.BytesIO(b'data')
f.close()
f.close()
print(f.closed, f)
for name in ['read', 'read1', 'readline', 'readlines', 'getvalue', 'getbuffer', 'tell',
             'readable', 'writable', 'seekable', 'isatty', 'flush', 'truncate', '__enter__']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
for name, arg in [('write', b'x'), ('seek', 0), ('writelines', []), ('readinto', bytearray(1))]:
    try:
        getattr(f, name)(arg)
    except ValueError as e:
        print(name, e)
try:
    next(f)
except ValueError as e:
    print('next', e)

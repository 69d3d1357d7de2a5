# BytesIO as a context manager: closed after the block, even on errors.
import io

with io.BytesIO(b'payload') as f:
    print(f.read(3), f.closed)
print(f.closed)

try:
    with io.BytesIO() as g:
        g.write(b'partial')
        raise RuntimeError('boom')
except RuntimeError as e:
    print('caught', e, g.closed)

try:
    f.read()
except ValueError as e:
    print('ValueError:', e)
try:
    with f:
        pass
except ValueError as e:
    print('ValueError:', e)
f.close()
print(f.closed)

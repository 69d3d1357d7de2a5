# truncate cuts the stream at a size (default: the position) and never moves the position.
import io

f = io.BytesIO(b'hello world')
print(f.truncate(5), f.getvalue(), f.tell())
f.seek(2)
print(f.truncate(), f.getvalue(), f.tell())
f.seek(0, 2)
print(f.truncate(100), f.getvalue())
f.seek(8)
f.write(b'!')
print(f.getvalue())
for size in [-1, 'x', 2.0]:
    try:
        f.truncate(size)
    except (ValueError, TypeError) as e:
        print(repr(size), type(e).__name__, e)

# seek relative to the start, the current position and the end; writing past the end pads.
import io

f = io.BytesIO(b'0123456789')
print(f.seek(3), f.read(2))
print(f.seek(2, 1), f.read(1))
print(f.seek(-3, 2), f.read())
print(f.seek(-100, 1), f.tell())
print(f.seek(5, 2), f.read(), f.tell())
f.write(b'X')
print(f.getvalue(), len(f.getvalue()))
print(f.seek(0, 0), f.seek(0, 2))

for args in [(-1,), (0, 3), (0, -1), ('1',), (1.5,), (0, 1.0), ()]:
    try:
        f.seek(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)

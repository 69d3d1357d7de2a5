# io.SEEK_SET / SEEK_CUR / SEEK_END with BytesIO.seek
import io
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
f = io.BytesIO(b'0123456789')
print(f.seek(3, io.SEEK_SET), f.read(2))
print(f.seek(2, io.SEEK_CUR), f.read(1))
print(f.seek(-4, io.SEEK_END), f.read())
print(f.seek(0, io.SEEK_END), f.tell())

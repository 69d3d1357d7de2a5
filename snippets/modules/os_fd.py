import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.bin")
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.write(fd, b"hello world"), os.write(fd, memoryview(b"!!")))
print(os.fstat(fd).st_size)
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
os.lseek(fd, 6, os.SEEK_SET)
print(os.read(fd, 5))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
fd = os.open(p, os.O_RDWR)
with os.fdopen(fd, "r+") as f:
    print(f.read())
    f.seek(0)
    f.write("HELLO")
with open(p, "rb") as f:
    print(f.read())
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"+tail")
os.ftruncate(fd, 8)
os.close(fd)
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
os.read(fd, 1)

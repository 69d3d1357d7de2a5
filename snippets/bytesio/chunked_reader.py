# Reading a stream in fixed-size chunks until EOF, with read and read1.
import io

data = bytes(range(65, 91))
f = io.BytesIO(data)
chunks = []
while True:
    chunk = f.read(7)
    if not chunk:
        break
    chunks.append(chunk)
print(chunks)
print(f.read(), f.read(10), f.tell())
f.seek(0)
print(f.read1(5), f.read1(), f.read1(3))
f.seek(0)
print(f.read(None), f.seek(20), f.read(-1))
f.seek(100)
print(f.read(), f.readline(), f.tell())

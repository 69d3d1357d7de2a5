# Reading lines: readline, readline with a limit, readlines with a hint, iteration.
import io

text = b'first line\nsecond line\n\nlast line without newline'
f = io.BytesIO(text)
print(f.readline())
print(f.readline(6), f.readline())
print(f.readline(), f.readline(), f.readline())
f.seek(0)
print(f.readlines())
f.seek(0)
print(f.readlines(15))
f.seek(0)
for number, line in enumerate(f, 1):
    print(number, line.rstrip(b'\n'))
print(list(io.BytesIO(b'a\nb\nc')), list(io.BytesIO()))
g = io.BytesIO(b'x\ny\n')
print(next(g), next(g), next(g, 'end'))

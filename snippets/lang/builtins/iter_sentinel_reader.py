# iter(callable, sentinel) reading fixed-size records until an empty chunk.
data = b"ABCDEFGHIJ"
pos = 0
def read(n=3):
    global pos
    chunk = data[pos:pos + n]
    pos += n
    return chunk
for record in iter(read, b""):
    print(record)
lines = iter(["first", "second", "STOP", "never"])
print(list(iter(lambda: next(lines), "STOP")))
rolls = iter([3, 5, 6, 2])
print([r for r in iter(rolls.__next__, 6)])
it = iter(int, 1)
print(next(it), next(it), type(it).__name__)

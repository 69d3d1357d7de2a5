# A fixed-size ring buffer on top of a preallocated bytearray.
SIZE = 8
buf = bytearray(SIZE)
head = count = 0
def write(data):
    global head, count
    for b in data:
        buf[(head + count) % SIZE] = b
        if count < SIZE:
            count += 1
        else:
            head = (head + 1) % SIZE
def read(n):
    global head, count
    n = min(n, count)
    out = bytes(buf[(head + i) % SIZE] for i in range(n))
    head = (head + n) % SIZE
    count -= n
    return out
write(b"abcdef")
print(read(4), buf)
write(b"ghijklm")
print(count, read(3), read(100), read(1))
print(buf, len(buf))

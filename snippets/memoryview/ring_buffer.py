# A fixed-size ring buffer over one bytearray: writes and reads wrap around through memoryview slices.
class Ring:
    def __init__(self, size):
        self.buf = bytearray(size)
        self.view = memoryview(self.buf)
        self.head = 0
        self.count = 0

    def write(self, data):
        size = len(self.buf)
        if len(data) > size - self.count:
            raise OverflowError('ring full')
        tail = (self.head + self.count) % size
        first = min(len(data), size - tail)
        self.view[tail:tail + first] = data[:first]
        self.view[:len(data) - first] = data[first:]
        self.count += len(data)

    def read(self, n):
        n = min(n, self.count)
        size = len(self.buf)
        first = min(n, size - self.head)
        out = bytes(self.view[self.head:self.head + first]) + bytes(self.view[:n - first])
        self.head = (self.head + n) % size
        self.count -= n
        return out

r = Ring(8)
r.write(b'hello')
print(r.read(3), r.count)
r.write(b'world')
print(r.buf, r.head, r.count)
print(r.read(10))
try:
    r.write(b'123456789')
except OverflowError as e:
    print('OverflowError:', e)
try:
    r.buf.append(0)
except BufferError as e:
    print('BufferError:', e)
r.view.release()
r.buf.append(0)
print(len(r.buf))

# Subclasses of bytes, bytearray and tuple (with __new__): buffers, slicing and named fields.
import struct

class Packet(bytes):
    def checksum(self):
        return sum(self) % 256

p = Packet(b"\x01\x02\xff")
print(p, len(p), p[0], p[1:], p.hex(), p.checksum(), isinstance(p, bytes), p == b"\x01\x02\xff")
print(memoryview(p).tolist(), bytes(p), bytearray(p), p + b"!", b"-".join([p, Packet(b"x")]), list(p))
print(struct.unpack("<BBB", p), p.startswith(b"\x01"), b"\x02" in p, p.decode("latin-1") == "\x01\x02\xff")

class Buffer(bytearray):
    def push(self, *values):
        self.extend(values)
        return self

buf = Buffer(b"ab")
buf.push(99, 100).append(101)
print(buf, len(buf), buf[0], bytes(buf), isinstance(buf, bytearray), buf.decode())
buf[0] = 65
mv = memoryview(buf)
mv[1] = 66
print(buf, mv.tobytes(), buf.upper(), buf == b"ABcde")
struct.pack_into(">H", buf, 3, 0x5a5a)
print(buf, struct.unpack_from(">H", buf, 3))
del mv

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

a = Point(1, 2)
b = a + (10, 20)
print(a, b, a.x, b.y, len(a), a[0], a[-1], a[:1], list(a), tuple(a), isinstance(a, tuple))
x, y = b
print(x, y, a == (1, 2), hash(a) == hash((1, 2)), {a: "first"}[(1, 2)], sorted([b, a]), max(a))
print(a.count(1), a.index(2), (0,) + a, a * 2, str(a), "%s and %s" % (a, b), "%d,%d" % a)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    a[0] = 5
except TypeError as e:
    print("TypeError:", e)

class Pair(tuple):
    pass
print(Pair([1, 2]), Pair(), Pair("ab"), type(Pair([3])[0:1]).__name__, Pair([1]) == (1,))

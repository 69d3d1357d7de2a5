# x[a:b] of bytes, bytearray and memoryview with int bounds makes no slice
# object, and `a + b` of bytes may extend a temporary left operand in place:
# both must look exactly like the general paths.
data = bytes(range(10))
ba = bytearray(data)
mv = memoryview(data)
bounds = [None, 0, 3, -3, 10, 11, -11, 2**70, -(2**70), True, False]
for a in bounds:
    for b in bounds:
        x, y, z = data[a:b], ba[a:b], mv[a:b]
        assert x == bytes(y) == z.tobytes(), (a, b)
print([data[a:b] for a in (None, 2, -2) for b in (None, 5, -1)])
print(ba[2:5], type(ba[2:5]).__name__, ba[:] is ba, mv[3:7].tolist(), mv[3:7].nbytes)
print(data[:] is data, data[0:] is data, data[0:10] is data, data[-100:100] is data)
print(data[3:3], data[5:2], ba[5:2], mv[5:2].tolist(), mv[5:2].nbytes)
print(mv[2:8][1:3].tolist(), mv[::2][1:3].tolist(), mv[-4:][:2].tolist())
one = data[4:5]
print(one, one == bytes([4]), len(one))

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

print(data[Idx(1):Idx(4)], ba[Idx(2):], mv[:Idx(3)].tolist())
for bad in ("1", 1.5, []):
    for obj in (data, ba, mv):
        try:
            obj[bad:2]
        except TypeError as e:
            print(type(obj).__name__, "TypeError:", e)
        try:
            obj[1:bad]
        except TypeError as e:
            print(type(obj).__name__, "TypeError:", e)

m2 = memoryview(bytearray(range(12))).cast("B", shape=[3, 4])
try:
    m2[0:1]
except NotImplementedError as e:
    print("NotImplementedError:", e)
m0 = memoryview(b"abcd").cast("i", shape=[])
try:
    m0[0:1]
except TypeError as e:
    print("TypeError:", e)
r = memoryview(b"abcdef")
r.release()
try:
    r[1:3]
except ValueError as e:
    print("ValueError:", e)
held = bytearray(b"xyz")
view = memoryview(held)[1:]
try:
    held.append(1)
except BufferError as e:
    print("BufferError:", e)
view.release()
held.append(33)
print(held)

class Sub(bytes):
    def __getitem__(self, k):
        return ("sub", k)
    def __add__(self, o):
        return "added"

s = Sub(b"hello")
print(s[1:3], s + b"x", b"x" + s, type(b"ab" + b"cd").__name__)

# The operands stay as they were: only a temporary is extended.
a = b"ab"
b = a + b"cd"
c = a + b"cd" + b"ef"
print(a, b, c, a + b"" is a, b"" + a is a)
parts = [b"k", b"v"]
joined = parts[0] + parts[1] + b"!"
print(parts, joined)
t = (1).to_bytes(2, "little") + (2).to_bytes(2, "big") + bytes(3) + b"z"
print(t, len(t))
acc = b""
for i in range(5):
    acc = acc + bytes([65 + i])
print(acc)
big = bytes(10) + b"\x01" * 10 + bytes(20)
print(len(big), big.count(1), (b"q" + b"r")[1:], (b"q" + b"r") * 2)

# A view slice an argument list is done with releases its buffer at once.
grow = bytearray(b"\x01\x02\x03\x04")
gv = memoryview(grow)
print(int.from_bytes(gv[0:2], "little"), int.from_bytes(gv[1:3], "big"))
gv.release()
grow.append(5)
print(grow)
kept = []
def keep(x, order):
    kept.append(x)
    return order
src = bytearray(b"abcdef")
sv = memoryview(src)
print(keep(sv[1:3], "k"), int.from_bytes(sv[2:4], "little"), bytes(kept[0]))
try:
    src.append(1)
except BufferError as e:
    print("BufferError:", e)
kept.clear()
sv.release()
src.append(1)
print(src, [int.from_bytes(sv2[i:i + 2], "big") for sv2 in [memoryview(b"\x00\x01\x02\x03")] for i in range(0, 4, 2)])

# bytearray.append of a byte skips the dispatch by name; everything else
# (other ints, exports, subclasses) is as before.
ap = bytearray()
for v in (0, 255, 7, True):
    ap.append(v)
print(ap)
for bad in (256, -1, 2**70, "a", 1.0):
    try:
        ap.append(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    ap.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
ex = memoryview(ap)
try:
    ap.append(3)
except BufferError as e:
    print("BufferError:", e)
ex.release()
ap.append(3)

class Rec(bytearray):
    def append(self, v):
        super().append(v + 1)

rb = Rec()
rb.append(1)
print(ap, rb)

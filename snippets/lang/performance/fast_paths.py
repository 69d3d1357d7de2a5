# Hot-path shortcuts must keep every observable behaviour: slices kept by a
# __getitem__, __del__ order on list stores, subclass overrides, errors.
class Keeper:
    def __init__(self):
        self.kept = []
    def __getitem__(self, k):
        self.kept.append(k)
        return k

k = Keeper()
for i in range(3):
    k[i:i + 2]
    k[::i + 1]
print(k.kept)
print(k.kept[0] is k.kept[1], k.kept[0] == slice(0, 2))

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

data = bytes(range(20))
mv = memoryview(data)
print(data[Idx(2):Idx(5)], list(mv[Idx(1):8:Idx(3)]), [1, 2, 3, 4][Idx(1):])
print(mv[2:4].tobytes(), data[-3:], bytearray(b"abcdef")[1:-1])

class Noisy:
    def __init__(self, name, box):
        self.name, self.box = name, box
    def __del__(self):
        print("del", self.name, "list now", [x.name if isinstance(x, Noisy) else x for x in self.box])

box = [0, 0]
box[0] = Noisy("a", box)
box[0] = 5
box[-1] = 7
print(box)
try:
    box[2] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(box[-3])
except IndexError as e:
    print("IndexError:", e)
try:
    print((1, 2)[5])
except IndexError as e:
    print("IndexError:", e)

class MyList(list):
    def __getitem__(self, i):
        return ("mine", i)
    def __setitem__(self, i, v):
        print("set", i, v)

m = MyList([1, 2, 3])
print(m[0], m[1:2])
m[0] = 9

counts = [0] * 3
for i in range(10):
    counts[i % 3] += i
    counts[0] -= 1
print(counts)
big = [2**62, 1.5, "s"]
big[0] += 2**62
big[1] += 1
big[2] += "t"
print(big)

rec = bytearray()
for i in range(5):
    rec += (i % 7).to_bytes(2, "little") + i.to_bytes(4, "big") + bytes(2)
view = memoryview(rec)
print([int.from_bytes(view[o:o + 2], "little") for o in range(0, len(view), 8)])
print([int.from_bytes(view[o + 2:o + 6], "big") for o in range(0, len(view), 8)])
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print(int.from_bytes(view[::2], "little"), bool.from_bytes(view[0:0], "big"))
view.release()
try:
    int.from_bytes(view, "little")
except ValueError as e:
    print("ValueError:", e)

x, y = 7, -3
print(x % y, x // y, x & 0xFF, x << 62, -x >> 1, x - y, x * 2**61)
g = 2**62
print(g + g, g * 4, -g - g - g)
try:
    print(x // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(x << -1)
except ValueError as e:
    print("ValueError:", e)
print(True + 1, 3 & True)

b = bytearray()
for i in range(300):
    b.append(i & 0xFF)
print(len(b), b[-3:], bytes(3), bytearray(2), int("12"), str(5), float(2))
try:
    b.append(256)
except ValueError as e:
    print("ValueError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(repr(ValueError("a", 1)), type(3), type("T", (), {}).__name__)

buf = bytearray(6)
view = memoryview(buf)
for i in range(len(view)):
    view[i] = i * 40
view[-1] = 255
print(buf, view[-2], bytes(buf)[1], buf[2], b"xyz"[-1], view[1:3].tolist(), bytes(buf)[::2])
def store(obj, i, v):
    obj[i] = v

for bad in (lambda: store(view, 6, 1), lambda: store(view, 0, 256),
            lambda: store(view, 0, -1), lambda: store(buf, 9, 1),
            lambda: store(buf, 0, 256), lambda: b"ab"[2], lambda: buf[-7],
            lambda: store(memoryview(b"ro"), 0, 1), lambda: view[2:1:0]):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    view[0] = 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    buf[0] = "a"
except TypeError as e:
    print("TypeError:", e)
try:
    for x in range(7):
        view[x] = x
except IndexError as e:
    print("IndexError:", e, buf)
view.release()
try:
    view[0] = 1
except ValueError as e:
    print("ValueError:", e)
try:
    view[0]
except ValueError as e:
    print("ValueError:", e)

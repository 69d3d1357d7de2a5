# array.tofile writes the items as bytes (in blocks of 64 KiB);
# array.fromfile reads n items, keeping what it got before EOFError.
import io
from array import array

a = array("h", range(5))
f = io.BytesIO()
print(a.tofile(f), f.getvalue())
f.seek(0)
b = array("h")
b.fromfile(f, 3)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print("EOFError:", e, b)


class Writer:
    def write(self, data):
        print("write", type(data).__name__, len(data))


array("d", [0.5] * 10000).tofile(Writer())
array("b").tofile(Writer())


class Reader:
    def __init__(self, reply):
        self.reply = reply

    def read(self, n):
        print("read", n)
        return self.reply


c = array("i")
c.fromfile(Reader(b"\x01\x00\x00\x00\x02\x00\x00\x00"), 2)
print(c)
c.fromfile(Reader(b""), 0)
for args in [(f,), (f, -1), (f, 1.5), (Reader("text"), 1), (Reader(bytearray(4)), 1)]:
    try:
        c.fromfile(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    c.tofile(3)
except AttributeError as e:
    print(e)

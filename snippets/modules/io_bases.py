# io's abstract bases: user streams derive from IOBase, RawIOBase,
# BufferedIOBase and TextIOBase; the native classes are registered.
import io
class M(io.IOBase): pass
m = M()
for name, args in [("seek", (0,)), ("tell", ()), ("truncate", ()), ("fileno", ()), ("isatty", ()), ("readable", ()), ("writable", ()), ("seekable", ()), ("flush", ()), ("readline", ()), ("readlines", ()), ("writelines", ([],))]:
    try: print(name, repr(getattr(m, name)(*args)))
    except Exception as e: print(name, type(e).__name__, e)
print(m.closed, iter(m) is m)
m.close(); print(m.closed)
for name in ["flush", "isatty", "readline", "__iter__", "__enter__", "seekable", "fileno", "writelines"]:
    try: print(name, getattr(m, name)() if name != "writelines" else m.writelines([]))
    except Exception as e: print(name, type(e).__name__, e)
class R(io.RawIOBase):
    def __init__(self): self.data = b"hello\nworld"; self.pos = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 4)
        b[:n] = self.data[self.pos:self.pos+n]; self.pos += n; return n
r = R(); print(r.read(3), r.read(), r.read())
r = R(); print(r.readall(), r.readline())
r = R(); print(r.readline(), list(R()), R().readlines(2))
for c in (io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    x = c()
    for name in ["read", "write", "readinto", "detach", "read1", "readline"]:
        try: print(c.__name__, name, repr(getattr(x, name)(*((bytearray(2),) if name=="readinto" else ("x",) if name == "write" else ()))))
        except Exception as e: print(c.__name__, name, type(e).__name__, e)
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), issubclass(io.FileIO, io.RawIOBase))
print(io.IOBase, io.IOBase.__mro__, io.RawIOBase.__mro__)
with M() as z: print("in with", z.closed)
print(z.closed)
class Log(io.TextIOBase):
    def __init__(self): self.parts = []
    def writable(self): return True
    def write(self, s): self.parts.append(s); return len(s)
log = Log()
print("to log", 1, 2, file=log)
print(log.parts, log.writable(), log.readable())
class Closer(io.IOBase):
    def close(self):
        print("closing")
        super().close()
c = Closer()
del c
print("end")

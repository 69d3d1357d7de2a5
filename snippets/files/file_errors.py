# open()'s argument checks and the file objects' errors, as CPython's.
import io

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__qualname__}: {e}")

with open("file_errors.tmp", "w") as f:
    f.write("some text\n")

for mode in ["rw", "rr", "q", "", "U", "rt+b", "bt", "ra", "+", "x"]:
    attempt(lambda: open("file_errors.tmp", mode))
attempt(lambda: open("file_errors.tmp", "rb", encoding="utf-8"))
attempt(lambda: open("file_errors.tmp", "rb", errors="strict"))
attempt(lambda: open("file_errors.tmp", "rb", newline=""))
attempt(lambda: open("file_errors.tmp", newline="x"))
attempt(lambda: open("file_errors.tmp", buffering=0))
attempt(lambda: open("file_errors.tmp", encoding="no-such-codec"))
attempt(lambda: open("file_errors.tmp", encoding=5))
attempt(lambda: open("file_errors.tmp", 5))
attempt(lambda: open("file_errors.tmp", buffering="big"))
attempt(lambda: open("file_errors.tmp", closefd=False))
attempt(lambda: open("no_such_file.tmp"))
attempt(lambda: open("."))
attempt(lambda: open(None))
attempt(lambda: open(2.5))
attempt(lambda: open("a\0b"))
attempt(lambda: open())
attempt(lambda: open(b"file_errors.tmp").name)

class Where:
    def __fspath__(self):
        return "file_errors.tmp"
attempt(lambda: open(Where()).name)

print(io.UnsupportedOperation.__mro__)
print(issubclass(io.UnsupportedOperation, ValueError), io.open is open)
print(io.DEFAULT_BUFFER_SIZE, io.FileIO, io.BufferedWriter, io.TextIOWrapper)

reader = open("file_errors.tmp")
print(isinstance(reader, io.TextIOWrapper), isinstance(reader.buffer, io.BufferedReader))
attempt(lambda: reader.write("x"))
attempt(lambda: reader.write(b"x"))
attempt(lambda: reader.truncate())
attempt(lambda: reader.seek(1, 1))
attempt(lambda: reader.seek(-1, 2))
attempt(lambda: reader.seek(-1))
attempt(lambda: reader.seek(0, 7))
attempt(lambda: reader.readline(None))
attempt(lambda: reader.read("all"))
attempt(lambda: reader.buffer.write(b"x"))
attempt(lambda: reader.buffer.read(-2))
attempt(lambda: reader.buffer.seek(0, 3))
attempt(lambda: reader.buffer.raw.write(b"x"))
attempt(lambda: reader.buffer.readinto(b"immutable"))
reader.close()
for name in ["read", "readline", "tell", "flush", "readable", "fileno", "__next__"]:
    attempt(getattr(reader, name))
    attempt(getattr(reader.buffer, name))
    attempt(getattr(reader.buffer.raw, name))
attempt(lambda: reader.buffer.write(b"x"))
attempt(lambda: reader.name)
print(reader, reader.buffer, reader.buffer.raw)

writer = open("file_errors.tmp", "wb")
for name in ["read", "readline", "read1", "__next__"]:
    attempt(getattr(writer, name))
attempt(lambda: writer.peek)
attempt(lambda: writer.write("text"))
attempt(lambda: writer.readinto(bytearray(1)))
attempt(lambda: writer.raw.read())
attempt(lambda: writer.raw.readall())
writer.close()

with open("file_errors.tmp", "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("caught as", type(e).__name__, isinstance(e, OSError), e.args)
# Argument checks of the methods, per layer.
text = open("file_errors.tmp")
for f in (text, text.buffer, text.buffer.raw):
    attempt(lambda: f.seek())
    attempt(lambda: f.read(1, 2))
    attempt(lambda: f.read(size=1))
    attempt(lambda: f.readline(limit=1))
    attempt(lambda: f.tell(1))
    attempt(lambda: f.readlines("x"))
text.close()
open("no_such_dir/file.tmp")

import os
import tempfile

print(tempfile.gettempdir() == tempfile.gettempdir(), os.path.isdir(tempfile.gettempdir()))
print(tempfile.gettempprefix())

fd, name = tempfile.mkstemp(suffix=".txt", prefix="pv_")
print(type(fd).__name__, os.path.basename(name).startswith("pv_"), name.endswith(".txt"), os.path.isabs(name))
os.write(fd, b"abc")
os.close(fd)
with open(name) as f:
    print(f.read())
os.remove(name)

d = tempfile.mkdtemp(suffix="_d")
print(os.path.isdir(d), d.endswith("_d"), os.listdir(d))
os.rmdir(d)

with tempfile.TemporaryFile() as f:
    print(f.write(b"hello world"), f.tell())
    f.seek(0)
    buf = bytearray(5)
    print(f.readinto(buf), buf)
    mv = memoryview(bytearray(6))
    print(f.readinto(mv), bytes(mv))
    f.seek(0)
    print(f.read())
    print(type(f.name).__name__, f.mode)

with tempfile.TemporaryFile("w+") as f:
    f.write("line1\nline2\n")
    f.seek(0)
    print(f.readlines())

with tempfile.NamedTemporaryFile(suffix=".dat") as f:
    name = f.name
    print(os.path.exists(name), name.endswith(".dat"))
    f.write(b"named")
    f.flush()
    with open(name, "rb") as g:
        print(g.read())
    f.seek(0)
    print(f.read())
print(os.path.exists(name))

f = tempfile.NamedTemporaryFile("w", delete=False)
f.write("kept")
f.close()
with open(f.name) as g:
    print(g.read())
os.unlink(f.name)

with tempfile.TemporaryDirectory() as td:
    os.makedirs(os.path.join(td, "x", "y"))
    with open(os.path.join(td, "x", "y", "z.txt"), "w") as g:
        g.write("z")
    print(sorted(os.listdir(td)), os.path.isdir(td))
print(os.path.exists(td))

t = tempfile.TemporaryDirectory(prefix="pv")
print(os.path.basename(t.name).startswith("pv"), repr(t).startswith("<TemporaryDirectory '"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.SpooledTemporaryFile(max_size=10) as s:
    s.write(b"12345")
    print(s._rolled)
    s.write(b"1234567890")
    print(s._rolled)
    s.seek(0)
    print(s.read())

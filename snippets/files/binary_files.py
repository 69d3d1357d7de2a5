# Binary files: every write takes any bytes-like object, and readinto
# fills any writable buffer in place.
import array

with open("binary_files.tmp", "wb") as f:
    print(f)
    print(f.raw, f.mode, f.name, f.closed)
    print(f.write(b"header:"))
    print(f.write(bytearray(b"\x00\x01\x02")))
    print(f.write(memoryview(b"..abcdef..")[2:8]))
    print(f.write(array.array("H", [0x4142, 0x4344])))
    print(f.tell())
    f.writelines([b"\nline two\n", bytearray(b"line three\n")])
print(f.closed, f)

with open("binary_files.tmp", "rb") as f:
    print(f)
    print(f.read(7), f.tell())
    buf = bytearray(3)
    print(f.readinto(buf), buf)
    view = memoryview(bytearray(10))
    print(f.readinto(view[2:8]), view.tobytes())
    words = array.array("H", [0, 0])
    print(f.readinto(words), words)
    print(f.peek(1)[:1], f.read1(3))
    print(f.readline())
    print(f.readlines())
    print(f.read(), f.read(5), f.readinto(bytearray(4)))
    print(f.seek(0), f.read(6), f.seek(-6, 2), f.read())
    print(f.seek(-3, 1), f.read(2), f.tell())

with open("binary_files.tmp", "rb") as f:
    for i, line in enumerate(f):
        print(i, line)

# Unbuffered: the raw FileIO object itself.
with open("binary_files.tmp", "rb", buffering=0) as raw:
    print(raw, raw.closefd, raw.readable(), raw.writable(), raw.seekable())
    print(raw.read(6), raw.readall()[-11:])

# Append, update and truncate.
with open("binary_files.tmp", "ab") as f:
    print(f.tell(), f.write(b"appended\n"))
with open("binary_files.tmp", "r+b") as f:
    print(f)
    print(f.read(6))
    f.write(b"HEADER")
    print(f.tell(), f.read(1))
    print(f.truncate(20), f.tell())
    f.seek(0)
    print(f.read())
with open("binary_files.tmp", "w+b") as f:
    print(f.raw, f.read())
    f.write(bytes(range(250, 256)))
    f.seek(2)
    print(list(f.read()))
print(open("binary_files.tmp", "rb").read().hex(" "))

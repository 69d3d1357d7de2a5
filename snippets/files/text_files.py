# Text files: encodings, universal newlines, tell/seek and print(file=).
with open("text_files.tmp", "w") as f:
    print(f)
    print(f.buffer, f.buffer.raw)
    print(f.encoding, f.errors, f.line_buffering, f.newlines, f.mode)
    print(f.write("naïve café\n"), f.tell())
    print("printed", 42, sep=", ", file=f)
    f.writelines(["one\n", "two\n"])

with open("text_files.tmp") as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(4)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.read()))
    print(f.seek(0), repr(f.read(5)))

with open("text_files.tmp", encoding="latin-1") as f:
    print(f, repr(f.readline()))

for line in open("text_files.tmp", encoding="utf-8"):
    print(line.rstrip("\n").upper())

# Newlines: written as given, read back per the newline argument.
with open("text_files.tmp", "w", newline="") as f:
    f.write("unix\nwindows\r\nold mac\rend")
with open("text_files.tmp", "rb") as f:
    print(f.read())
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open("text_files.tmp", newline=newline) as f:
        print(repr(newline), f.readlines(), f.newlines)
with open("text_files.tmp") as f:
    print(repr(f.read()), f.newlines)
with open("text_files.tmp", "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open("text_files.tmp", "rb").read())

# Other encodings, and their errors.
with open("text_files.tmp", "w", encoding="utf-16") as f:
    f.write("wide ✓\n")
print(open("text_files.tmp", "rb").read())
print(open("text_files.tmp", encoding="utf-16").read())
with open("text_files.tmp", "wb") as f:
    f.write(b"ok \xff\xfe end\n")
print(open("text_files.tmp", errors="replace").read())
print(open("text_files.tmp", errors="ignore").read())
print(open("text_files.tmp", encoding="latin-1").read())
with open("text_files.tmp", "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("snowman ☃\n")
print(open("text_files.tmp").read())

# Text update modes: writes go where reading stopped.
with open("text_files.tmp", "w+") as f:
    f.write("first\nsecond\nthird\n")
    f.seek(0)
    print(repr(f.readline()))
    f.write("SECOND")
    f.seek(0)
    print(f.read().split())
with open("text_files.tmp", "a+") as f:
    print(f, f.tell())
    f.write("fourth\n")
    f.seek(0)
    print(f.read().count("\n"))
print(open("text_files.tmp").read(100).encode("ascii"))
with open("text_files.tmp", "w") as f:
    f.write("é")
try:
    open("text_files.tmp", encoding="ascii").read()
except UnicodeDecodeError as e:
    print(e)
try:
    open("text_files.tmp", "w", encoding="ascii").write("é")
except UnicodeEncodeError as e:
    print(e)

# A byte order mark is written once, at the start of the file.
for enc in ["utf-16", "utf-32", "utf-8-sig", "utf-16-be"]:
    with open("text_files.tmp", "w", encoding=enc) as f:
        f.write("ab")
        f.write("c\n")
        print(f.tell())
    with open("text_files.tmp", "a", encoding=enc) as f:
        f.write("d")
    print(enc, open("text_files.tmp", "rb").read(), repr(open("text_files.tmp", encoding=enc).read()))

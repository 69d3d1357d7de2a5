# startswith/endswith with tuples and ranges.
name = b"archive.tar.gz"
print(name.endswith(b".gz"), name.endswith((b".zip", b".gz")), name.startswith(b"arc", 0, 3), name.startswith(b"arc", 1))
print(name.endswith(b"tar", 0, -3), name.startswith(b"", 14), name.startswith(b"", 15), name.endswith(b"", -100))
print(bytearray(name).startswith(memoryview(b"arch")), name.startswith(bytearray(b"z")))
for call in [lambda: name.startswith("arc"), lambda: name.endswith([b".gz"]), lambda: name.startswith((b"a", "b")),
             lambda: name.startswith((b"z", "b")), lambda: name.endswith()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

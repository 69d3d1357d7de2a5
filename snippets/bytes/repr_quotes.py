# How repr() picks quotes for bytes and bytearray, and escapes them.
samples = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"'", b'"', b"\\", b""]
for s in samples:
    print(repr(s), repr(bytearray(s)), len(repr(s)))
print([b"'", bytearray(b"'")], (b'"',))
print(str(b"x'y"), "%r" % b"a'b", f"{bytearray(b'q')!r}")

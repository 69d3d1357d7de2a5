# A table of the bytes is*() predicates over sample values.
names = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"]
samples = [b"", b"abc", b"ABC", b"Abc", b"abc1", b"123", b" \t\n", b"\x0b\x0c\r", b"\x1c",
           b"Hello World", b"Hello world", b"\xe9", b"a b", b"A1 B2", b"_", b"\x7f"]
print(" " * 14 + " ".join(n[2:].ljust(5) for n in names))
for s in samples:
    row = [getattr(s, n)() for n in names]
    print(repr(s).ljust(14) + " ".join(("yes" if r else "-").ljust(5) for r in row))
print(bytearray(b"Title Case").istitle(), bytearray(b"  ").isspace())

# Which byte methods take keyword arguments.
s = b"a,b,,c"
print(s.split(sep=b","), s.split(b",", maxsplit=1), s.rsplit(sep=b",", maxsplit=1))
print(b"x\ny".splitlines(keepends=True), b"\tx".expandtabs(tabsize=2))
print(b"\xe9".decode(encoding="latin-1"), b"\xff".decode(errors="replace"), b"abc".hex(sep=":", bytes_per_sep=2))
print(b"abc".translate(None, delete=b"b"), bytearray(b"abc").translate(None, delete=b"c"))
for call in [lambda: s.find(b",", start=2), lambda: s.replace(old=b",", new=b";"), lambda: s.center(width=9),
             lambda: s.translate(table=None), lambda: s.count(sub=b","), lambda: s.startswith(prefix=b"a"),
             lambda: s.split(b",", sep=b","), lambda: s.decode("ascii", "strict", errors="x"), lambda: s.hex(bogus=1)]:
    try:
        call()
    except TypeError as e:
        print(e)

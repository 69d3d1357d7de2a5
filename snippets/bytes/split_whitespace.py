# split() without a separator: runs of ASCII whitespace, and maxsplit.
s = b"  alpha\tbeta \n gamma\x0b\x0cdelta  \r\n"
print(s.split())
for n in range(-1, 5):
    print(n, s.split(maxsplit=n))
print(s.split(None, 2), s.split(sep=None, maxsplit=1))
print(b"".split(), b"   ".split(), b"a\x1cb\x85c\xa0d".split())
print(s.split(b" "))
print(bytearray(b"x y  z").split(), bytearray(b"x y").split(b" "))

# encode/decode with utf-8, ascii, latin-1 and the error handlers.
s = "naïve café €"
print(s.encode(), s.encode("utf-8"), len(s.encode()))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", errors="replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    s.encode("nope")
except LookupError as e:
    print(e)
b = s.encode()
print(b.decode(), b.decode("utf-8"), b.decode("latin-1"))
print(b"\xff\xfe".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"), b"ab\xff".decode("ascii", "backslashreplace"))
try:
    b"abc\xff".decode()
except UnicodeDecodeError as e:
    print(e)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="ascii"))

# Case-insensitive matching of byte tokens with lower() and upper().
keywords = [b"SELECT", b"From", b"where", b"Order"]
query = b"select * FROM users WhErE id = 1 order by name"
tokens = query.split()
for t in tokens:
    hit = [k for k in keywords if k.lower() == t.lower()]
    print(t, hit[0] if hit else None)
print(sorted([b"b", b"B", b"a", b"A", b"c"]), sorted([b"b", b"B", b"a", b"A"], key=bytes.lower))
print(b"ABC" < b"abc", b"Zebra".lower() < b"apple".lower(), b"abc".upper() == bytearray(b"ABC"))

# Windows line endings: splitlines with and without keepends, rstrip of CR.
data = b"id;name\r\n1;alpha\r\n2;beta\r\n\r\n3;gamma"
print(data.splitlines())
print(data.splitlines(keepends=True))
print(data.split(b"\n"))
print([line.rstrip(b"\r") for line in data.split(b"\n")])
records = [r.split(b";") for r in data.splitlines()[1:] if r]
print(records)
print(sorted(records, key=lambda r: r[1], reverse=True))
mixed = b"a\nb\rc\r\nd\n\ne"
print(mixed.splitlines(), mixed.splitlines(True))

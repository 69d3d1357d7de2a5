# Sorting byte records: bytewise order, keys, and mixed bytes/bytearray.
names = [b"delta", b"Alpha", b"charlie", b"Bravo", bytearray(b"echo"), b"alpha"]
print(sorted(names))
print(sorted(names, key=bytes.lower))
print(sorted(names, key=len), sorted(names, key=lambda n: n[::-1]))
print(min(names), max(names), sorted([b"\xff", b"\x00", b"a", b""]))
rows = [b"3,c", b"10,a", b"2,b"]
print(sorted(rows), sorted(rows, key=lambda r: int(r.split(b",")[0])))

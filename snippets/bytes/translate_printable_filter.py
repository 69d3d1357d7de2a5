# Replace non-printable bytes with '.', as log viewers do, via one table.
table = bytearray(range(256))
for i in list(range(0, 32)) + list(range(127, 256)):
    table[i] = ord(".")
table = bytes(table)
blob = b"GET /\x00\x01index\x7f.html\r\n\x80\xfe\xff ok"
print(blob.translate(table))
print(blob.translate(table, b"\r\n"))
print(table[:40])
print(len(table), table.count(b"."), table.isascii())

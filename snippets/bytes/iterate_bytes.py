# Iterating bytes yields ints; slicing yields bytes.
data = b"Hi!\n"
print(list(data), [bytes([b]) for b in data], [data[i:i + 1] for i in range(len(data))])
for i, b in enumerate(bytearray(b"ok")):
    print(i, b, chr(b), hex(b), data[i], type(data[i]).__name__)
it = iter(b"xy")
print(next(it), next(it), next(it, "done"))
print(list(reversed(b"abc")), sum(b"\x01\x02\x03"), any(b"\x00\x00"), all(b"\x01"))
print([c for c in b"hello" if c > ord("h")], bytes(c + 1 for c in b"HAL"))
print(dict(zip(b"ab", b"xy")), tuple(bytearray(b"\x00\xff")))

# join() accepts any iterable of bytes-like objects.
parts = [b"a", bytearray(b"b"), memoryview(b"c")]
print(b", ".join(parts), bytearray(b"|").join(parts), b"".join([]), b"-".join([b"solo"]))
print(b"/".join(p for p in [b"usr", b"local", b"bin"]), b" ".join((b"t", b"u")), b"+".join({b"k": 1}))
print(b"\n".join(line.strip() for line in b" x \n y ".split(b"\n")))
for bad in [[b"a", "b"], [b"a", 1], "ab", 5, None]:
    try:
        b",".join(bad)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
try:
    b",".join()
except TypeError as e:
    print(e)

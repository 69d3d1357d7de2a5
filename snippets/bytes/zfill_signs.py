# zfill() pads with zeros after a leading sign.
for s in [b"42", b"-42", b"+42", b"-", b"", b"3.14", b"-0x1f", b"--5", b"abc"]:
    print(repr(s).ljust(8), s.zfill(6), s.zfill(1), s.zfill(-3))
print(bytearray(b"-9").zfill(4), b"7".zfill(True))
try:
    b"1".zfill("5")
except TypeError as e:
    print(e)
try:
    b"1".zfill()
except TypeError as e:
    print(e)

# hex() grouping: positive bytes_per_sep counts from the right, negative from the left.
data = bytes(range(1, 8))
for n in [1, 2, 3, 4, 7, 8, -1, -2, -3, -4, 0]:
    print("%3d" % n, data.hex("_", n))
print(data.hex(sep="."), data.hex(bytes_per_sep=2, sep=" "))
for bad in ["", "ab", "\u00e9"]:
    try:
        data.hex(bad)
    except ValueError as e:
        print(repr(bad), "->", e)
for bad in [1, None, bytearray(b"x")]:
    try:
        data.hex(bad)
    except TypeError as e:
        print(type(bad).__name__, "->", e)
try:
    data.hex(":", 2**40)
except OverflowError as e:
    print(e)

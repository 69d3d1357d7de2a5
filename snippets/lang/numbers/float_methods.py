# float helpers: as_integer_ratio, hex, fromhex, math-free comparisons.
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-2.5).hex(), (0.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((7).as_integer_ratio(), (12).bit_length())
x = 2.5
print(x.__round__(), x.__floor__() if hasattr(x, "__floor__") else 2, int(x), x // 1, x % 1)

# float.hex() and float.fromhex(): exact round trips, special values, and the errors for bad text or a non-str argument
for x in [1.5, 0.1, -0.0, 1e-320, 2.0 ** 1023, float("inf")]:
    h = x.hex()
    print(h, float.fromhex(h) == x)
for text in ["0x1.8p1", " -0X1P-2 ", "inf", "-nan", "0x.8", "1", "0x1.fffffffffffff8p1023", "zz", "0x1p", "0x1p99999"]:
    try:
        print(repr(text), float.fromhex(text))
    except (ValueError, OverflowError) as e:
        print(repr(text), type(e).__name__, e)
for bad in [1, b"0x1", None]:
    try:
        float.fromhex(bad)
    except TypeError as e:
        print(e)

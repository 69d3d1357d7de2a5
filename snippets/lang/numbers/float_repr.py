# Float repr is the shortest round-tripping form; str matches repr.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.5, -0.0,
        5e-324, 1.7976931348623157e308, 100.0, 1.0, 3.0e10, 1.23e-10, 2.5e+25, float(10 ** 17)]
for v in vals:
    print(repr(v), str(v), v.is_integer() if v == v else None)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(1e308 * 10, -1e308 * 10, float("1e500"))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 100 * 1.1, 0.3 - 0.1)

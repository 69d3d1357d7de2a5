# float repr/str and formatting across magnitudes, including round-trip digits.
values = [1/7, 22/7, 1e-7, 123456.789e3, 9.999999999999999e22, 1e23, 0.1 + 0.2, 2**0.5, 5e-324, 1.5e300 * 1e10]
for v in values:
    print(repr(v), f"{v:.3e}", f"{v:g}", f"{v:.15g}", round(v, 3) if v == v and abs(v) != float("inf") else v)
print(float.fromhex((1/3).hex()) == 1/3, (0.1).hex(), float.fromhex("0x1.ffffffffffffp+1023"))
print((2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e-3).as_integer_ratio()[1] % 2)

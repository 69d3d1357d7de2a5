# The format mini-language for floats: precision, types e/f/g/%, signs, zero padding, inf/nan.
x = 1234.5678
for spec in ["", ".2f", "10.3f", "<10.1f", "^12.2e", "e", "E", ".3g", "g", "G", ".0f", ".10g",
             "%", ".2%", "+.1f", " .1f", "010.2f", ",.2f", "_.3f", "#.0f", "#g", ".0e", "n", "=+12.1f"]:
    print(repr(spec).ljust(9), repr(format(x, spec)))
for v in [0.0, -0.0, 1e16, 1.5e-7, 123456789.0, 0.1, 2.5, 3.5, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3f"), format(v, "e"), format(v, "8.2"))
print(format(1e100, ".3g"), format(1234.5, ".1g"), format(0.000123456, ".3"), format(1e-5, ""))
try:
    format(1.5, "d")
except ValueError as e:
    print(e)

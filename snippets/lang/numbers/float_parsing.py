# float() parsing: exponents, inf/nan spellings, underscores and errors.
for s in ["1.5", "  -2.25 ", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", "+NaN", "1_000.5", "0x10" if False else "10"]:
    print(repr(s), float(s))
print(float(3), float(-0), float(True), float(10 ** 20))
for bad in ["", "abc", "1.2.3", "1e", "_1", "1__0", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([1])
except TypeError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)

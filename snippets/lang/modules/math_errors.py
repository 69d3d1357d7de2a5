# math domain and range errors, and type errors for non-numbers.
import math
calls = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log(10, 1)", lambda: math.log(10, 1)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-2)", lambda: math.asin(-2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("log10(-5)", lambda: math.log10(-5)),
    ("sqrt()", lambda: math.sqrt()),
    ("cosh(1e4)", lambda: math.cosh(1e4)),
]
for label, fn in calls:
    try:
        print(label, fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{label:14} {type(e).__name__}: {e}")
print(math.log(2 ** 1000), math.sqrt(10 ** 100), math.exp(-1000))

# math.erf, erfc (glibc's algorithm), gamma and lgamma (CPython's Lanczos
# approximation), bit for bit, with their domain and range errors.
import math

points = [i / 8 - 6 for i in range(97)] + [1e-30, -1e-30, 1e-310, 0.84375, 1.25, 2.857, 27.9, 28.5, 141.3, -141.3, 171.5, -170.5]
for x in points:
    row = []
    for f in (math.erf, math.erfc, math.gamma, math.lgamma):
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(x, *row)
for x in (math.inf, -math.inf, math.nan, 0.0, -0.0, -1.0, 200.0, -200.5, 1e308, -1e308):
    for f in (math.erf, math.erfc, math.gamma, math.lgamma):
        try:
            print(f.__name__, x, f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10) == math.log(math.factorial(9)))
try:
    math.erf("1")
except TypeError as e:
    print(e)

# math: rounding functions, roots, powers and constants.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 30))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(9.99))
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(0))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20), math.ceil(5))

# math: isclose, isfinite/isinf/isnan, copysign, fmod, modf, frexp, ldexp, fsum.
import math
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-2.5), math.frexp(8), math.frexp(0.1), math.ldexp(0.5, 4))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1, -1e100]))
print(math.remainder(10, 3), math.floor(-0.5), math.ceil(-0.5))

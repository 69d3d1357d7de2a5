# cmath: CPython's formulas over the C library give its results bit for bit;
# domain and range errors as CPython's.
import cmath, random
print(cmath.sqrt(-1), cmath.sqrt(2+3j), cmath.exp(1j*cmath.pi), cmath.log(-1), cmath.log(8, 2), cmath.log10(100j), cmath.phase(-1+0j), cmath.polar(1+1j), cmath.rect(2, cmath.pi/4))
print(cmath.sin(1+2j), cmath.cos(1+2j), cmath.tan(1+2j), cmath.sinh(1+2j), cmath.cosh(1+2j), cmath.tanh(1+2j))
print(cmath.asin(1+2j), cmath.acos(1+2j), cmath.atan(1+2j), cmath.asinh(1+2j), cmath.acosh(1+2j), cmath.atanh(1+2j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1j), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))
for f in (lambda: cmath.log(0), lambda: cmath.sqrt('a'), lambda: cmath.exp(1000), lambda: cmath.log(1, 0), lambda: cmath.atanh(1), lambda: cmath.isclose(1, 2, rel_tol=-1)):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(cmath.sqrt(4), cmath.log(1), cmath.exp(0), cmath.sqrt(-4.0), cmath.sqrt(-0.0), cmath.acos(2), cmath.asin(2), cmath.log(1e-320))
random.seed(5)
fs = [cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh, cmath.phase, cmath.polar]
bad = 0
random.seed(5)
fs = [cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh,
      cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh, cmath.phase, cmath.polar]
for i in range(40):
    z = complex(random.uniform(-1, 1) * 10 ** random.randint(-5, 2), random.uniform(-1, 1) * 10 ** random.randint(-5, 2))
    print(z, *(f(z) for f in fs))
print(cmath.log(1e-320), cmath.sqrt(complex(1e-310, 1e-310)), cmath.log(1e300 + 1e300j), cmath.rect(1.5, 0.0), cmath.rect(1, cmath.pi))
cmath.log(0)

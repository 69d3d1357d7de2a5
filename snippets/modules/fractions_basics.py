# fractions.Fraction and the numbers ABCs
from fractions import Fraction
import numbers, math, copy
print(Fraction(3, 4), repr(Fraction(6, -8)), Fraction(), Fraction(5), Fraction(0.1), Fraction(Fraction(1, 3), Fraction(2, 5)))
for s in ["3/4", "  -2/6  ", "1.25", "1e-2", "-.5E+2", "1_000", "7", "3.1415926535", "abc", "1/0", "1 /2", "", "1.2/3", "0x10"]:
    try:
        print(repr(Fraction(s)))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1, 0), (0, 0), (-3, 0), ("1", 2), (1.5, 2), (None,), ([],), (float("inf"),), (float("nan"),), (1, 2.0)]:
    try:
        print(repr(Fraction(*args)))
    except Exception as e:
        print(type(e).__name__, e)
f = Fraction(3, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(Fraction.from_float(0.3), Fraction.from_float(5), Fraction(0.3).limit_denominator(10))
try:
    Fraction.from_float("x")
except TypeError as e:
    print(e)
try:
    f.limit_denominator(0)
except ValueError as e:
    print(e)
print(Fraction("3.1415926535897932").limit_denominator(1000), Fraction(math.pi).limit_denominator(100))
for x in [f / 0 if False else None]:
    pass
for expr in ["f / 0", "f // 0", "f % 0", "Fraction(0) / 0", "Fraction(0) ** -1", "divmod(f, 0)", "-f / 0", "1 / Fraction(0)"]:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(f + 1, 1 + f, f + 0.5, 0.5 + f, f + 1j, 1j + f, f * 2, 2 ** f, f ** 2, 4 ** Fraction(1, 2), (-8) ** Fraction(1, 3))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)), hash(Fraction(1, 3)), hash(Fraction(-7, 3)))
print(f == 0.75, f == Fraction(6, 8), f < 1, f > 0.7, f == complex(0.75, 0), f < float("inf"), f == float("nan"), sorted([Fraction(1, 3), 0.3, 1, Fraction(-1, 2)]))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(12345, 100), 1), round(Fraction(12345, 100), -2), int(Fraction(-7, 2)), float(Fraction(1, 3)))
print(isinstance(f, numbers.Rational), isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number), issubclass(Fraction, numbers.Real), isinstance("x", numbers.Number))
print(copy.copy(f) is f, copy.deepcopy(f), f.__reduce__(), bool(Fraction(0)), bool(f))
print(format(f), f"{f}", str(Fraction(-3, 1)))
try:
    format(f, ".2f")
except TypeError as e:
    print(e)
class MyF(Fraction):
    pass
m = MyF(1, 2)
print(repr(m), repr(+m), repr(m + 1), type(copy.copy(m)).__name__)
print(sum([Fraction(1, n) for n in range(1, 10)]))
try:
    f + "x"
except TypeError as e:
    print(e)
try:
    f < "x"
except TypeError as e:
    print(e)
print(numbers.Number.__hash__, numbers.__all__)
try:
    numbers.Integral()
except TypeError as e:
    print(e)

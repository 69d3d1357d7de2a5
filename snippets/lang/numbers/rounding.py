# round() uses banker's rounding for ints and exact decimal value for floats.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.6)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(1e300, 2), round(0.1, 20), round(123.456, -5))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    round("1")
except TypeError as e:
    print(e)
print(round(True), round(2.5, None))

# pow with two and three arguments, negative exponents and modular inverse.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), 2 ** -2, (-8) ** (1 / 3) if False else 0)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(10 ** 20, 10 ** 20, 97))
print(pow(3, -1, 7), pow(38, -1, 97), (pow(38, -1, 97) * 38) % 97)
print(0 ** 0, 0.0 ** 0, pow(0, 0, 1), pow(5, 0, 1))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (0, -1)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print((-1) ** 0.5 == complex(0, 1) if False else "skip", 2 ** 0.5, 10 ** -3)

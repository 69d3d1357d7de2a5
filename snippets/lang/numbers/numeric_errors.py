# Arithmetic errors: division by zero variants, overflow, and invalid conversions.
tests = [
    lambda: 1 / 0, lambda: 1.5 // 0, lambda: 7 % 0.0, lambda: divmod(1.0, 0), lambda: divmod(5, 0),
    lambda: 0 ** -1, lambda: 0.0 ** -2, lambda: 2.0 ** 10000, lambda: 10 ** 400 * 1.0,
    lambda: float(10 ** 400), lambda: int(float("inf")), lambda: int("1e5"), lambda: round(float("nan")),
    lambda: 1 << -1, lambda: 1 >> -2, lambda: (2).__round__("x"), lambda: pow(2, 3, 0),
    lambda: complex("x") if False else 1 + "", lambda: -"x", lambda: ~1.5,
]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

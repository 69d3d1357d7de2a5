from fractions import Fraction

for args in [("x",), ("1/0",), ([],), (1, 0), (1.5, 2)]:
    try:
        Fraction(*args)
    except Exception as e:
        print(type(e).__name__, e)
Fraction("3/x")

# Floor division and modulo follow the sign of the divisor; divmod agrees.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0.5), (0, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(divmod(10 ** 20, 7), divmod(-1, 10 ** 20))
print(5 % -3, -5 % 3, 5.0 % -3, -0.0 % 5, 1e-20 % 3)
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)

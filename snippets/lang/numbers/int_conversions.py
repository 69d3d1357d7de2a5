# bin/oct/hex, int(x, base) round trips, and str of huge values.
for n in (0, 7, -7, 255, 2 ** 40):
    print(n, bin(n), oct(n), hex(n), int(bin(n), 2) == n if n >= 0 else int(bin(n), 0) == n)
print(int("1" * 50) % 10 ** 9, str(2 ** 200)[-10:], len(str(3 ** 1000)))
print(format(2 ** 64, ","), format(-(2 ** 64), "x"), f"{2 ** 70:e}")

# Arbitrary-precision ints: factorials, powers, mixed sign division and str round trips.
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)))
print(2 ** 100, -(2 ** 64), (2 ** 64) - 1 == 0xFFFFFFFFFFFFFFFF)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 7, -big % 7, divmod(-big, 11))
print(big * big, big - 10 ** 31, abs(-big), -big)
print(int(str(big)) == big, int("-" + "9" * 40) + 1)
print((1 << 200) >> 190, 12345678901234567890 & 0xFFFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(~(2 ** 65), -(2 ** 63) - 1, 2 ** 63, 9223372036854775807 + 1)
print(pow(3, 200) % 1000, (7 ** 77).bit_length(), hex(2 ** 80), bin(2 ** 65)[:12])
print(float(2 ** 80), 2 ** 80 / 2 ** 78, 10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1))

# Counting with math: factorials, binomials, permutations and Pascal's triangle.
import math
for n in range(6):
    print(" " * (6 - n) * 2 + " ".join(f"{math.comb(n, k):3}" for k in range(n + 1)))
print(math.factorial(20), math.perm(10, 3), math.comb(52, 5), math.perm(4), math.comb(100, 50))
print(math.gcd(*[84, 126, 210]), math.lcm(*range(1, 11)), math.isqrt(2**100 + 1))
print(math.prod(range(1, 11)) == math.factorial(10), math.prod([0.5] * 4), math.prod([]))
print(sum(math.comb(10, k) for k in range(11)) == 2**10)

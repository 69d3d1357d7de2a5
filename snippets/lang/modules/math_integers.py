# math: gcd, lcm, factorial, comb, perm, prod and their argument checks.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 30))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(10), len(str(math.factorial(100))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.comb(60, 30))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2), math.prod([1.5, 2]))
for call in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2),
             lambda: math.gcd(1.5, 2), lambda: math.isqrt(-1), lambda: math.perm(3, -1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

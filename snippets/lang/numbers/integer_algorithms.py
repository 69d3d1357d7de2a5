# Integer algorithms: gcd by hand, modular exponentiation, primes and base conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out
def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(sieve) if p]
print(gcd(1071, 462), gcd(-12, 18), gcd(2**64, 2**40 * 3))
print(to_base(255, 16), to_base(-255, 2), to_base(10**20, 36), int(to_base(10**20, 36), 36) == 10**20)
print(primes(60))
print(pow(7, 128, 13), pow(2, 10**6, 10**9 + 7), pow(123456789, -1, 1000000007))
print(sum(int(d) for d in str(2**1000)), len(str(2**1000)))

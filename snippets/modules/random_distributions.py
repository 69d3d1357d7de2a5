# random: the real-valued distributions (uniform, triangular, gauss, normal, lognormal, exponential, von Mises, gamma, beta, Pareto, Weibull) match CPython to the last bit.
import random

r = random.Random(314159)
print(r.uniform(-3, 7), r.uniform(5, 5), r.uniform(10, 0))
print(r.triangular(), r.triangular(0, 10, 2), r.triangular(5, 5, 5), r.triangular(1, 3), r.triangular(0, 1, 1))
print(r.gauss(), r.gauss(), r.gauss(10, 2))
print(r.normalvariate(), r.normalvariate(5, 0.5), r.lognormvariate(0, 1))
print(r.expovariate(1.5), r.expovariate(-2))
print(r.vonmisesvariate(0, 0), r.vonmisesvariate(1, 4), r.vonmisesvariate(3, 0.5), r.vonmisesvariate(-2, 100))
for alpha, beta in [(0.1, 1), (0.5, 2), (0.999, 1), (1, 3), (1.5, 1), (20, 0.5), (200, 1)]:
    print("gamma", alpha, beta, r.gammavariate(alpha, beta))
for alpha, beta in [(0.5, 0.5), (2, 5), (3, 3), (0.01, 0.01)]:
    print("beta", alpha, beta, r.betavariate(alpha, beta))
print(r.paretovariate(1), r.paretovariate(3.5), r.weibullvariate(1, 1), r.weibullvariate(2, 0.5))

# Means over many draws, printed in full.
random.seed(1)
print(sum(random.gauss(0, 1) for _ in range(2000)) / 2000)
print(sum(random.expovariate(0.25) for _ in range(2000)) / 2000)
print(sum(random.betavariate(2, 3) for _ in range(500)) / 500)

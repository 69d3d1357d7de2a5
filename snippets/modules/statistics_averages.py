# statistics: averages and spreads are exact sums rounded once, so they
# agree with CPython to the last bit.
import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4, 4]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3)]))
print(st.mean([1, 2, 3]), st.mean([True, 2]), st.mean(range(1, 100)), st.mean(iter([1, 2, 3, 4])))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[1, 1, 2]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]))
print(st.variance(data), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([1, 2, 3, 4]), st.variance([1, 2, 3, 4, 5]), st.stdev(iter(range(10))))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pstdev([1, 2, 3, 4], mu=2.5))
scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(st.quantiles(scores, n=10))
print(st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2, 9]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]))
print(st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
for bad in ([], [1], ["a"], [1, "b"]):
    for f in (st.mean, st.stdev, st.median, st.mode, st.variance, st.pstdev, st.fmean, st.quantiles):
        try:
            print(f.__name__, bad, f(bad))
        except Exception as e:
            print(f.__name__, bad, type(e).__name__, e)
print(st.StatisticsError.__mro__)

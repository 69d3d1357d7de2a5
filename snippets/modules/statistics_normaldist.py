# statistics.NormalDist: the density, the distribution function through
# math.erf, its inverse (Wichura's AS241), and arithmetic.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.cdf(130), iq.inv_cdf(0.9), iq.pdf(100), iq.zscore(130))
print(iq.quantiles(), NormalDist().quantiles(10))
print(iq.overlap(NormalDist(110, 10)), iq.overlap(NormalDist(100, 15)))
print(iq + 5, iq - 5, iq * 2, iq / 3, -iq, +iq, 10 - iq, iq + NormalDist(0, 20))
print(iq == NormalDist(100, 15), iq == NormalDist(100, 14), hash(iq) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist().inv_cdf(0.001), NormalDist().inv_cdf(1e-300), NormalDist().inv_cdf(0.5))
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(1, 0).pdf(1),
            lambda: NormalDist().overlap(3), lambda: NormalDist.from_samples([1])):
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

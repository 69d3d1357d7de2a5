# A small signal-processing pass over a 'd' array: mean, variance, normalisation and a difference filter.
import array
samples = array.array('d', [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
n = len(samples)
mean = sum(samples) / n
var = sum((x - mean) ** 2 for x in samples) / n
print(mean, var, var ** 0.5)
norm = array.array('d', ((x - mean) / var ** 0.5 for x in samples))
print(norm)
diff = array.array('d', (samples[i + 1] - samples[i] for i in range(n - 1)))
print(diff, max(diff), diff.index(max(diff)))
smoothed = array.array('d', [sum(samples[i:i + 3]) / 3 for i in range(n - 2)])
print(['%.2f' % x for x in smoothed])

# A float signal in a 'd' array seen through memoryview: moving average and in-place normalisation.
import array
signal = array.array('d', [0.0, 1.0, 4.0, 9.0, 16.0, 25.0, 36.0])
v = memoryview(signal)
window = 3
avg = [sum(v[i:i + window]) / window for i in range(len(v) - window + 1)]
print(['%.3f' % a for a in avg])
peak = max(v)
for i in range(len(v)):
    v[i] = v[i] / peak
print(signal)
print(v[::3].tolist(), v.cast('B').nbytes)
v[0] = float('inf')
v[1] = float('nan')
print(v.tolist()[:2], v == v)

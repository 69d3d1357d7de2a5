# Single-precision 'f' arrays round values to float32; 'd' keeps doubles.
import array
vals = [0.1, 1 / 3, 3.14159265358979, 16777217.0, 1e38, 1e39, -1e-46, 2**1000]
f = array.array('f', vals)
d = array.array('d', vals)
for x, y in zip(f, d):
    print(repr(x), repr(y), x == y)
try:
    array.array('f', [2**1100])
except OverflowError as e:
    print('OverflowError:', e)
print(array.array('f', [float('nan')])[0] != array.array('f', [float('nan')])[0])

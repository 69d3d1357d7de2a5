# Counting byte values into an 'L' array used as a histogram.
import array
text = b'the quick brown fox jumps over the lazy dog'
counts = array.array('L', [0]) * 256
for b in text:
    counts[b] += 1
top = sorted(range(256), key=lambda c: -counts[c])[:5]
print([(chr(c), counts[c]) for c in top])
print(sum(counts), len(counts), counts.itemsize * len(counts))
print(counts[ord('z')], counts[0], counts.count(0))

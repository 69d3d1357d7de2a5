# Prefix sums in a 'q' array answer range-sum queries in constant time.
import array
values = array.array('q', [5, -3, 8, 1, 10, -7, 4])
prefix = array.array('q', [0])
for v in values:
    prefix.append(prefix[-1] + v)
def range_sum(i, j):
    return prefix[j] - prefix[i]
print(prefix)
print(range_sum(0, 7), range_sum(2, 5), range_sum(3, 3))
print(all(range_sum(i, j) == sum(values[i:j]) for i in range(8) for j in range(i, 8)))

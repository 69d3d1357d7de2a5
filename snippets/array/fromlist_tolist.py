# fromlist is all-or-nothing and wants a list; tolist gives plain Python numbers back.
import array
a = array.array('f', [1.0])
a.fromlist([2, 3.5])
print(a, a.tolist(), type(a.tolist()[0]).__name__)
try:
    a.fromlist([4.0, 'five', 6.0])
except TypeError as e:
    print('TypeError:', e)
print(a)
for bad in [(1, 2), array.array('f', [1.0]), 'ab', None]:
    try:
        a.fromlist(bad)
    except TypeError as e:
        print(type(bad).__name__, 'TypeError:', e)
a.fromlist([])
print(len(a))
big = array.array('L')
big.fromlist([0, 2**64 - 1])
print(big.tolist())
try:
    big.fromlist([1, -1])
except OverflowError as e:
    print('OverflowError:', e)
print(big)

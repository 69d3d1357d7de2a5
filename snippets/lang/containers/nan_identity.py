# Containers compare items by identity first: the same NaN object is found
# and counts as equal to itself, although nan != nan.
nan = float('nan')
print(nan == nan, nan != nan)
print([nan] == [nan], (nan,) == (nan,), [[nan]] == [[nan]])
print(nan in [nan], [nan].count(nan), [nan].index(nan), nan in (nan,))
d = {nan: 'found'}
print(d[nan], nan in d, d.get(nan), {1: nan} == {1: nan})
s = {nan}
print(nan in s, len(s | {nan}), s == {nan})
from collections import deque
print(deque([nan]) == deque([nan]), [nan, 1] < [nan, 2], [nan, 1] != [nan, 1])
items = [nan]
items.remove(nan)
print(items)

# NaN in float arrays: never equal to itself, so count/index/remove/in skip it.
import array
nan = float('nan')
a = array.array('d', [1.0, nan, 2.0])
print(a, a.count(nan), nan in a, a == a, a != a)
try:
    a.index(nan)
except ValueError as e:
    print('ValueError:', e)
try:
    a.remove(nan)
except ValueError as e:
    print('ValueError:', e)
print([x for x in a if x == x])
print(array.array('d', [nan]) < array.array('d', [1.0]), array.array('d', [1.0]) < array.array('d', [1.0, nan]))

# Iterating arrays, membership tests with numeric equality, and the iterator's behaviour.
import array
a = array.array('d', [0.5, 1.0, 2.0])
print(list(a), [x * 2 for x in a], 1 in a, 1.0 in a, True in a, '1' in a, 3 in a)
it = iter(a)
print(next(it), type(it).__name__)
a.append(4.0)
print(list(it))
print(list(reversed(array.array('b', [1, 2, 3]))), list(enumerate(array.array('u', 'ab'))))
print(sum(array.array('i', range(100))), max(array.array('h', [-5, 7, 3])), sorted(array.array('b', [3, -1, 2])))
empty = array.array('q')
print(list(empty), bool(empty), bool(array.array('q', [0])), len(empty))

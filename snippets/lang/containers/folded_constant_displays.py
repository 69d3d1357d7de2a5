# Displays of signed numbers are constants to CPython: sets of them keep
# the order of a rebuilt frozenset, lists of them the room of a folded tuple.
import sys
print({-1, -2, 3, -100, 7, 8, 33, -33}, {1, -5, 9, 2, -64, 64}, {-1.5, 2.5, -3.5}, {not 1, -1, ~5, 3})
print(sys.getsizeof([-1, -2, -3]), sys.getsizeof([~1, 2, 3]), sys.getsizeof([not 1, 2, 3]))
x = 1
print(sys.getsizeof([-x, 2, 3]), sys.getsizeof([(1, -2), (3, 4), (5, 6)]))

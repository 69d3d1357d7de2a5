# Unpacking an iterator into fixed targets reads one item past them and
# stops: an endless iterator is refused, a generator is not drained.
import itertools
try:
    a, b = itertools.count()
except ValueError as e:
    print(e)


def gen():
    for i in range(5):
        print('yield', i)
        yield i


try:
    a, b = gen()
except ValueError as e:
    print(e)
a, *b = gen()
print(a, b)
try:
    a, b, c = iter([1])
except ValueError as e:
    print(e)
x, y = {1: 2, 3: 4}
print(x, y)
a, b = 'xyz'

# pickle of the itertools that reduce (takewhile, dropwhile, filterfalse,
# islice) over list iterators, fresh and part consumed.
import pickle
import itertools


def small(n):
    return n < 10


def odd(n):
    return n % 2


makers = [
    lambda: itertools.takewhile(small, [1, 3, 20, 2]),
    lambda: itertools.dropwhile(small, [1, 3, 20, 2]),
    lambda: itertools.filterfalse(odd, [1, 2, 3, 4]),
    lambda: itertools.islice([1, 2, 3, 4, 5], 1, 4, 2),
    lambda: itertools.islice([1, 2, 3], None),
    lambda: itertools.islice([1, 2, 3], 2),
]
for make in makers:
    for taken in range(4):
        it = make()
        got = list(itertools.islice(it, taken))
        for p in range(6):
            s = pickle.dumps(it, p)
            print(taken, got, p, s)
            print('  ', list(pickle.loads(s)))

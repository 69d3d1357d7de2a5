# functools.reduce over a non-iterable and itertools.permutations with a
# non-int r, worded as CPython's C code words them.
import functools
import itertools

for call in [
    lambda: functools.reduce(lambda a, b: a + b, 5),
    lambda: list(itertools.permutations([1, 2], "a")),
    lambda: list(itertools.permutations([1, 2], 1.0)),
    lambda: list(itertools.permutations([1, 2], -1)),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(itertools.permutations([1, 2], True)), functools.reduce(max, [3, 1, 2]))

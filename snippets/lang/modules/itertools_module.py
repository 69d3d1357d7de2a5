# itertools: lazy infinite, slicing, combinatoric, filtering and grouping iterators, with CPython's errors.
import itertools as it
def t(f):
    try: print(repr(f()))
    except Exception as x: print(type(x).__name__, x)
t(lambda: it.islice([1], -1)); t(lambda: it.islice([1], -1, 2)); t(lambda: it.islice([1], 1, 2, 0)); t(lambda: it.islice([1])); t(lambda: it.islice([1], 'a'))
t(lambda: it.count('a')); t(lambda: it.count(1, 2)); t(lambda: it.count(1.5)); t(lambda: it.count(step=-1)); t(lambda: it.repeat(1)); t(lambda: it.repeat(1, -2)); t(lambda: list(it.repeat(1, -2))); t(lambda: it.repeat())
t(lambda: it.permutations([1], -1)); t(lambda: it.combinations([1])); t(lambda: it.combinations([1], -1)); t(lambda: it.product([1], repeat=-1))
t(lambda: list(it.chain(1))); t(lambda: it.cycle(1)); t(lambda: it.accumulate(1)); t(lambda: it.tee([1], -1)); t(lambda: it.starmap(pow)); t(lambda: it.takewhile(bool)); t(lambda: it.groupby())
t(lambda: list(it.islice(it.count(), 5))); t(lambda: list(it.islice('abcdefg', 2, None, 2))); t(lambda: list(it.islice(it.cycle('ab'), 5)))
t(lambda: list(it.chain('ab', [1], ()))); t(lambda: list(it.chain.from_iterable(['ab', 'cd'])))
t(lambda: list(it.accumulate([1, 2, 3, 4]))); t(lambda: list(it.accumulate([1, 2, 3], lambda a, b: a * b))); t(lambda: list(it.accumulate([1, 2], initial=10)))
t(lambda: list(it.product('ab', repeat=2))); t(lambda: list(it.product([1, 2], 'x'))); t(lambda: list(it.product()))
t(lambda: list(it.permutations('abc', 2))); t(lambda: list(it.permutations(range(3)))); t(lambda: list(it.permutations([], 0))); t(lambda: list(it.permutations('ab', 3)))
t(lambda: list(it.combinations('abcd', 2))); t(lambda: list(it.combinations(range(4), 3))); t(lambda: list(it.combinations('ab', 3))); t(lambda: list(it.combinations_with_replacement('abc', 2)))
t(lambda: list(it.zip_longest('abc', [1], fillvalue='-'))); t(lambda: list(it.zip_longest()))
t(lambda: list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1]))); t(lambda: list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
t(lambda: list(it.filterfalse(None, [0, 1, '', 'a']))); t(lambda: list(it.compress('abc', [1, 0, 1]))); t(lambda: list(it.starmap(pow, [(2, 3), (3, 2)]))); t(lambda: list(it.pairwise('abcd')))
t(lambda: [(k, list(g)) for k, g in it.groupby('aabbbca')]); t(lambda: [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(it.groupby('aabb')); print([list(g) for k, g in gs])
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(b), list(a), type(a).__name__)
c = it.count(10, 5); next(c); print(c, it.repeat('x', 2), type(c).__name__)
t(lambda: it.chain([1]))
lazy = it.count(); print(next(lazy), next(lazy))
def gen():
    yield 1
    print('pulled')
    yield 2
i = it.islice(gen(), 1); print(list(i))
print(sorted(n for n in dir(it) if not n.startswith('_')))

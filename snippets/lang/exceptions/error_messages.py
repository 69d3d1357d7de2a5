# Messages of common runtime errors, caught and printed.
import math
tests = [
    ('1 / 0', lambda: 1 / 0),
    ('1 // 0', lambda: 1 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ("int('abc')", lambda: int('abc')),
    ("float('x')", lambda: float('x')),
    ('[1, 2][5]', lambda: [1, 2][5]),
    ("{'a': 1}['b']", lambda: {'a': 1}['b']),
    ("'abc' + 1", lambda: 'abc' + 1),
    ("1 + 'abc'", lambda: 1 + 'abc'),
    ('len(5)', lambda: len(5)),
    ('None.attr', lambda: None.attr),
    ('undefined_name', lambda: undefined_name),
    ('[].pop()', lambda: [].pop()),
    ('{}.popitem()', lambda: {}.popitem()),
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ("'abc'.index('z')", lambda: 'abc'.index('z')),
    ('(1, 2).index(3)', lambda: (1, 2).index(3)),
    ('[1].remove(2)', lambda: [1].remove(2)),
    ("int('5', 1)", lambda: int('5', 1)),
    ('chr(-1)', lambda: chr(-1)),
    ("ord('ab')", lambda: ord('ab')),
    ("'a' < 1", lambda: 'a' < 1),
    ('2 ** -1 % 0', lambda: 2 ** -1 % 0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('iter(5)', lambda: iter(5)),
    ('next(iter([]))', lambda: next(iter([]))),
    ('hash([])', lambda: hash([])),
    ("'x' * 'y'", lambda: 'x' * 'y'),
    ('{1, 2} + {3}', lambda: {1, 2} + {3}),
    ("abs('x')", lambda: abs('x')),
]
for src, fn in tests:
    try:
        fn()
        print(src, "-> no error")
    except Exception as e:
        print(f"{src:16} {type(e).__name__}: {e}")

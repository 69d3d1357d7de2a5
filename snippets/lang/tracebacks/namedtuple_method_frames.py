# namedtuple's _make and _replace fail inside collections/__init__.py at
# CPython's lines; the argument checks of __new__ and the factory.
from collections import namedtuple, Counter
P = namedtuple("P", "x y")
for f in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P._make([1]), lambda: P(1, 2)._replace(z=3),
          lambda: namedtuple("Q", "a a"), lambda: namedtuple("Q", "def x"), lambda: namedtuple("Q", "_a"), lambda: namedtuple("1Q", "a"),
          lambda: Counter(5), lambda: Counter("ab").most_common("x"), lambda: Counter(a=1) + 1]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), P._make((3, 4)), P._make.__doc__, P._replace.__doc__, p._asdict(), P.__new__.__doc__)
print(P._make.__func__.__name__ if hasattr(P._make, "__func__") else "", P._make.__qualname__, P._replace.__qualname__)
import traceback
try:
    p._replace(z=1)
except ValueError:
    traceback.print_exc()
p._replace(q=1)

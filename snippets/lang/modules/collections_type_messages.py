# Counter is a Python class in CPython, so its messages name it bare ('Counter'), while OrderedDict, defaultdict and deque are C types ('collections.deque'); each constructor refuses extra arguments its own way
from collections import Counter, OrderedDict, defaultdict, deque

for t in (OrderedDict, defaultdict, Counter, deque):
    try:
        t(1, 2, 3)
    except TypeError as e:
        print(t.__name__, "|", e)
    try:
        t() < 5
    except TypeError as e:
        print(t.__name__, "|", e)
    print(t.__name__, "|", type(t()))

c = Counter("abracadabra")
try:
    c.foo
except AttributeError as e:
    print(e)
try:
    hash(c)
except TypeError as e:
    print(e)
for call in (lambda: c.most_common(1, 2), lambda: c.elements(1), lambda: c.total(3)):
    try:
        call()
    except TypeError as e:
        print(e)
c.missing

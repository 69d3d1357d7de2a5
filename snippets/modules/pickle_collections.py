# pickle of the collections types: deque (with maxlen), OrderedDict,
# defaultdict, Counter and namedtuple classes, at every protocol.
import pickle
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple

P = namedtuple('P', 'x y')
values = [deque([1, 2]), deque([1], maxlen=3), deque(), OrderedDict(a=1, b=2),
          defaultdict(list, {'a': [1]}), defaultdict(None), Counter('abca'),
          P(1, 2), [P(1, 2), P(1, 2)]]
for v in values:
    for p in range(6):
        s = pickle.dumps(v, p)
        r = pickle.loads(s)
        print(type(v).__name__, p, s)
        print('  ', r, type(r) is type(v), r == v)

from collections import OrderedDict, defaultdict, Counter, deque
import copy

class LRUCache(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)

c = LRUCache(2)
c.put(1, 1); c.put(2, 2); print(c.get(1)); c.put(3, 3); print(c.get(2)); print(c)
print(list(c.items()), type(c).__mro__, isinstance(c, dict), isinstance(c, OrderedDict))

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t['a']['b'] = 1
print(t['a']['b'], len(t), type(t['a']).__name__)

class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing()['ab'])

class MyCounter(Counter):
    def top(self):
        return self.most_common(1)[0]
m = MyCounter('abracadabra')
print(m.top(), m['a'], m['z'], repr(m))

class Ring(deque):
    def __init__(self, n):
        super().__init__(maxlen=n)
r = Ring(3)
for i in range(5):
    r.append(i)
print(r, list(r), len(r), r.maxlen, r[0])

class Stack(deque):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s)
od = OrderedDict(a=1)
class OD2(OrderedDict): pass
x = OD2(b=2, a=1)
print(x, x == OrderedDict(b=2, a=1), x == {'a': 1, 'b': 2}, repr(OD2()))
dd = defaultdict(list)
class DD(defaultdict): pass
y = DD(int)
y['q'] += 1
print(y, y.default_factory)

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
d = LastUpdated()
d['a'] = 1; d['b'] = 2; d['a'] = 3
print(d, list(d), d.popitem(), len(d))

class Multi(defaultdict):
    def __missing__(self, key):
        v = self[key] = [key]
        return v
m = Multi(list)
print(m['x'], m)

class C(Counter):
    pass
c = C('aab') + C('b')
print(type(c).__name__, c, C('abc') == Counter('abc'), sorted(C('cab').elements()))
print(isinstance(C(), dict), issubclass(C, Counter), C.__mro__)

class Q(deque):
    def peek(self):
        return self[-1]
q = Q([1, 2, 3], 5)
q.appendleft(0)
print(q, q.peek(), q.maxlen, len(q), 3 in q, list(reversed(q)))
q2 = copy.copy(q)
print(type(q2).__name__, q2 == q)
print(Q.__mro__, isinstance(q, deque))
class OD(OrderedDict):
    def __init__(self, *a, **k):
        self.log = []
        super().__init__(*a, **k)
o = OD([('x', 1)], y=2)
print(o, o.log, o == {'y': 2, 'x': 1})
try:
    Q([1], maxlen=-1)
except ValueError as e:
    print(e)
class Q(deque): pass
print(Q([1]) == Q([1]), Q([1]) == deque([1]), list(copy.copy(Q([1, 2]))), Q([1]).__reduce__()[0].__name__)
class O(OrderedDict): pass
print(copy.copy(O(a=1)), copy.deepcopy(Q([3])))

# pprint: recursion, dataclasses, collections, strings, bytes and options
import pprint, collections, dataclasses, io
from pprint import PrettyPrinter, pformat
a = [1, 2]; a.append(a)
d = {'x': 1}; d['self'] = d
print(pprint.saferepr(a).replace(hex(id(a)), 'ID').replace(str(id(a)), 'ID'))
print(pprint.isrecursive(a), pprint.isreadable(a), pprint.isrecursive([1]), pprint.isreadable(object()))
s = pformat([a] * 1 + ["x" * 80]).replace(str(id(a)), 'ID')
print(s)
print(pformat(d, width=5).replace(str(id(d)), 'ID'))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    z: str = dataclasses.field(default="zz", repr=False)
p = Point(1, list(range(30)))
pprint.pprint(p)
pprint.pprint([p, p], width=40)
pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(12)))
dd = collections.defaultdict(list, {i: [i] * 5 for i in range(6)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.Counter("abracadabra" * 10), width=20)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.ChainMap({i: i for i in range(15)}, {"a": "b" * 40}))
pprint.pprint(collections.UserList(range(40)))
pprint.pprint(bytearray(range(60)))
pprint.pprint(b"abcdefghij" * 10, width=30)
pprint.pprint({"long": "word " * 30, "lines": "a\nb\n" * 10})
pprint.pprint("word " * 40)
pprint.pprint(tuple(range(30)), width=20, compact=True)
pprint.pprint(list(range(100)), compact=True, indent=4)
pprint.pprint({"a": list(range(30)), "b": {"c": list(range(30))}}, indent=3, width=50)
pprint.pprint([[[[[1]]]]], depth=2)
pprint.pprint({"a": {"b": {"c": {}}}}, depth=1)
pprint.pprint({3: 1, 1: 2, 2: 3})
pprint.pp({3: 1, 1: 2, 2: 3, "z" * 50: list(range(20))})
pprint.pprint(10**20, underscore_numbers=True)
pprint.pprint([10**20] * 5, underscore_numbers=True, width=20)
pprint.pprint({True: 1, 1.5: 2, None: 3, "s": 4, (1,): 5}, width=20)
out = io.StringIO()
pp = PrettyPrinter(indent=2, width=30, stream=out)
pp.pprint(list(range(20)))
print(repr(out.getvalue()))
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}, {"indent": "x"}):
    try:
        PrettyPrinter(**kw)
    except Exception as e:
        print(type(e).__name__, e)
Pt = collections.namedtuple("Pt", "x y")
pprint.pprint([Pt(1, 2)] * 8)
pprint.pprint(set(range(30)))
pprint.pprint(frozenset(range(30)))
class S(set): pass
pprint.pprint(S(range(30)), width=40)
pprint.pprint([(1,), ("a" * 80,)])
pprint.pprint(())
print(pformat("hello"), pformat(""), pformat([], width=1))
class R:
    def __repr__(self): return "R()"
pprint.pprint([R()] * 30)
print(pprint.isreadable(R()), pprint.isreadable(3), pprint.saferepr({"b": 1, "a": [2]}))
class L(list): pass
pprint.pprint(L(range(40)))
class D(dict): pass
pprint.pprint(D((i, i) for i in range(30)))
print(pprint.__all__)

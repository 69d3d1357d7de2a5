import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}
print(list(TopologicalSorter(graph).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
ts = TopologicalSorter()
ts.add('pie', 'dough', 'filling')
ts.add('dough', 'flour', 'water')
ts.add('filling', 'fruit')
ts.add('extra')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready, bool(ts))
    order.extend(ready)
    ts.done(*ready)
print(order, ts.is_active(), ts.get_ready())
for g in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 0: [1]}, {'x': ['x']}, {'a': ['b'], 'b': ['c'], 'c': ['d'], 'd': ['b']}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError), str(e))
ts = TopologicalSorter({'a': ['b'], 'b': ['a'], 'c': []})
try:
    ts.prepare()
except CycleError as e:
    print('cycle', e.args[1])
print(ts.get_ready())
ts = TopologicalSorter({'a': ['b']})
for call in [ts.get_ready, ts.is_active, lambda: ts.done('a')]:
    try:
        call()
    except ValueError as e:
        print(e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add('z'), lambda: ts.done('zz'), lambda: ts.done('a')]:
    try:
        call()
    except ValueError as e:
        print(e)
ready = ts.get_ready()
ts.done(*ready)
try:
    ts.done('b')
except ValueError as e:
    print(e)
print(TopologicalSorter[int], graphlib.__all__)
TopologicalSorter({'p': ['q'], 'q': ['p']}).prepare()

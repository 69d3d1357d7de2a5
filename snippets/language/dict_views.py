# Dict views are live: keys, values, items, set operations; dict methods.
d = {'a': 1, 'b': 2}
k = d.keys()
print(k, d.values(), d.items(), len(k), 'a' in k, ('a', 1) in d.items(), 1 in d.values())
d['c'] = 3
print(k, list(k), sorted(d.items()), k & {'a', 'z'}, sorted(k - {'a'}))
for key, val in d.items():
    print(key, val)
print(dict(zip('xy', [1, 2])), dict([('p', 1)], q=2), {**d, 'z': 0}, d.get('zz', 'none'))
print(list(reversed(d)), d.pop('a'), d, d.setdefault('n', []), d)
e = dict.fromkeys(['a', 'b'], 0)
print(e, len(e), e == {'b': 0, 'a': 0})
del e['a']
print(e, 'a' in e)
try:
    print(e['zz'])
except KeyError as ex:
    print('KeyError', ex)
print(d.popitem(), d)

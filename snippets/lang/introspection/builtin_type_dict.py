# T.__dict__ of built-in types lists CPython's names in CPython's order (dunders included).
for t in (int, float, str, list, dict, tuple, set, bytes, object, type):
    print(t.__name__, list(t.__dict__))
print('__add__' in int.__dict__, '__len__' in list.__dict__, 'append' in list.__dict__)
print(int.__dict__['__add__'], list.__dict__['append'])
print(int.__dict__['__add__'](2, 3))
print(len(int.__dict__), len(list.__dict__), sorted(dict.__dict__)[:4])

# Methods of built-in types fetched twice are the same object where CPython's are (descriptors kept in the type's dict).
pairs = [(int, '__new__'), (str, 'upper'), (list, 'append'), (int, '__add__'), (object, '__new__'),
         (object, '__init__'), (dict, 'fromkeys'), (type, '__call__'), (bytes, '__add__'),
         (float, 'hex'), (int, 'from_bytes'), (object, '__setattr__'), (int, '__setattr__'),
         (type, 'mro'), (int, '__subclasshook__'), (list, '__init__'), (dict, 'get'), (set, 'add'),
         (int, '__repr__'), (tuple, 'count'), (int, 'bit_length'), (type(None), '__repr__'),
         (object, '__subclasshook__'), (int, '__init_subclass__')]
for t, n in pairs:
    a = getattr(t, n); b = getattr(t, n)
    print(t.__name__, n, a is b)
print(int.__setattr__ is object.__setattr__, list.__init__ is object.__init__, int.__init__ is object.__init__)
print(type.__dict__['__call__'] is type.__call__, list.__dict__['append'] is list.append)

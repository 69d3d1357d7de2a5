# collections: every way to reach its Python-written parts (ChainMap, UserDict, collections.abc) works
import collections
print(collections.deque([1, 2]), collections.Counter("abca").most_common(1))
try:
    collections.Chainmap
except AttributeError as e:
    print(e)
import collections.abc
print(collections.abc.Mapping, isinstance({}, collections.abc.MutableMapping))
from collections import UserDict, abc
print(UserDict(a=1), abc is collections.abc)
from collections import *
print(ChainMap({'a': 1}, {'b': 2})['b'], UserString('x') + 'y')
print('UserList' in dir(collections), hasattr(collections, 'UserString'))
print(type(vars(collections)['ChainMap']))

# ChainMap and UserDict/UserList raise from CPython's lines of
# collections/__init__.py.
import traceback
from collections import ChainMap, UserDict, UserList

c = ChainMap({"a": 1}, {"b": 2})
for op in [lambda: c["zz"], lambda: c.pop("b"), lambda: c.popitem() and c.popitem(),
           lambda: c.__delitem__("b"), lambda: UserDict(a=1)["b"], lambda: UserList([1])[5]]:
    try:
        op()
    except (KeyError, IndexError):
        traceback.print_exc()
print(c, dict(c))
c["missing"]

# copy's frames carry CPython's line numbers and lines: a generator or a
# lock cannot be copied, a __deepcopy__ that raises shows under the
# container copiers.
import copy
import threading
import traceback


class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("no deepcopy for NoCopy")


cases = [
    lambda: copy.copy(x for x in []),
    lambda: copy.deepcopy({"a": [(x for x in [])]}),
    lambda: copy.deepcopy((1, [threading.Lock()])),
    lambda: copy.deepcopy([NoCopy()]),
    lambda: copy.copy(threading.RLock()),
]
for case in cases:
    try:
        case()
    except TypeError:
        traceback.print_exc()
print(copy.deepcopy({1, 2}), copy.copy(frozenset({1})), {3}.__reduce_ex__(4))
print(sorted(copy.deepcopy(frozenset({(1,), (2,)}))))
copy.deepcopy({"k": (x for x in [1])})

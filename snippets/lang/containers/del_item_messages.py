# del/assignment on objects that lack the method: the wording depends on
# whether the key is an index (PySequence_DelItem) and on which of
# __setitem__/__delitem__ the class has.
class OnlyGet:
    def __getitem__(self, k):
        return 1


class OnlySet:
    def __setitem__(self, k, v):
        pass


class OnlyDel:
    def __delitem__(self, k):
        pass


for cls in (OnlyGet, OnlySet, OnlyDel):
    for key in (1, "x"):
        o = cls()
        try:
            del o[key]
        except Exception as e:
            print(cls.__name__, "del", repr(key), type(e).__name__, e)
        try:
            o[key] = 2
        except Exception as e:
            print(cls.__name__, "set", repr(key), type(e).__name__, e)
for o in (5, "s", (1,), frozenset(), {1}):
    for key in (0, "k"):
        try:
            del o[key]
        except TypeError as e:
            print(e)
inv = OnlyGet()
del inv["apple"]

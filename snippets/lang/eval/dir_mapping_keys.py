# dir() with no argument under a mapping namespace lists the mapping's
# keys() sorted as they are (any key type), including a dict subclass that
# overrides keys(); keys that do not compare raise list.sort's TypeError.
class A(dict):
    def __getitem__(self, x):
        return dir

    def keys(self):
        yield 6
        yield 5


print(eval("dir()", {}, A()))
print(eval("locals()", {}, A()))


class M:
    def __getitem__(self, k):
        raise KeyError(k)

    def keys(self):
        return ["b", "a", "c"]


print(eval("dir()", {}, M()))
print(eval("dir()", {}, {"z": 1, "y": 2}))
ns = {"x": 1}
exec("print(dir())", {}, ns)
try:
    eval("dir()", {}, {1: 2, "a": 3})
except TypeError as e:
    print("TypeError:", e)

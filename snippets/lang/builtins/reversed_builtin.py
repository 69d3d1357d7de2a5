# reversed() over sequences, dicts, ranges and classes with __reversed__ or __len__/__getitem__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Custom())))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
for bad in (5, {1, 2}, iter([1])):
    try:
        reversed(bad)
    except TypeError as e:
        print(e)

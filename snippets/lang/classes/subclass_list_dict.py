# Subclasses of list and dict: inherited methods, overrides, operators and isinstance.
class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__(items)
        self.kind = kind

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        super().append(x)

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({super().__repr__()})"

nums = TypedList(int, [3, 1, 2])
nums.append(5)
try:
    nums.append("x")
except TypeError as e:
    print("TypeError:", e)
print(nums, len(nums), nums[0], nums[-1], nums[1:3], type(nums[1:3]).__name__)
nums.sort()
print(nums, sum(nums), max(nums), sorted(nums, reverse=True), list(reversed(nums)))
print(isinstance(nums, list), isinstance(nums, TypedList), issubclass(TypedList, list))
print(nums == [1, 2, 3, 5], [1, 2, 3, 5] == nums, nums != [1], 3 in nums, 9 in nums)
print(nums + [9], type(nums + [9]).__name__, nums * 2)
nums += [7]
print(type(nums).__name__, nums.kind, nums)
nums[0] = 10
del nums[1]
print(nums, nums.index(3), nums.count(5), bool(nums), bool(TypedList(str)))
for i, n in enumerate(nums):
    print(i, n, end="; ")
print()
a, b, *rest = nums
print(a, b, rest, [x * 2 for x in nums], str(nums), f"{nums!r}")
print(TypedList.__mro__)

class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1

c = Counter()
for word in "the cat and the hat and the bat".split():
    c.add(word)
print(c, len(c), c["the"], c["zebra"], "zebra" in c, c.get("zebra"))
print(sorted(c.items()), list(c.keys())[:2], sum(c.values()))
print(isinstance(c, dict), dict(c) == c, type(dict(c)).__name__, c.copy(), type(c.copy()).__name__)

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

cfg = AttrDict(host="localhost", port=8080)
cfg.debug = True
print(cfg.host, cfg.port, cfg.debug, cfg)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)

class LoudDict(dict):
    def __setitem__(self, key, value):
        print(f"set {key!r}")
        super().__setitem__(key, value.upper())

    def __getitem__(self, key):
        return "<" + super().__getitem__(key) + ">"

d = LoudDict()
d["a"] = "x"
d["b"] = "y"
print(d["a"], d, d.get("b"), list(d.values()))
d.update(c="z")
print(d)
print({**d}, dict(d, e="w"))

# str.format: positional, numbered, keyword, attribute and index fields.
class P:
    def __init__(self):
        self.x, self.y = 3, 4
        self.tags = ["a", "b"]
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0.x},{0.y} {0.tags[1]}".format(P()))
print("{d[key]} {d[0]} {l[2]}".format(d={"key": "v", 0: "zero"}, l=[1, 2, 3]))
print("{0[1]}{0[0]}".format("ab"))
print("{{literal}} {}".format("x"), "{}}}".format(1))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{width}}|{:^{w2}.{p}f}".format("r", 3.14159, width=6, w2=10, p=2))
d = {"a": 1, "b": 2}
print("{a}-{b}".format(**d), "{a}".format_map(d))
class Default:
    def __init__(self, **known):
        self.known = known
    def __getitem__(self, k):
        return self.known.get(k, f"<{k}>")
print("{x} {y}".format_map(Default(x=1)))
for bad in ["{", "}", "{0} {}", "{} {0}", "{5}", "{x}", "{0!z}", "{:d}", "{0[}"]:
    try:
        print(bad.format(1.5))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

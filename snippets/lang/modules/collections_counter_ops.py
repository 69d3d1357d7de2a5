# collections.Counter: unary + and -, the multiset comparisons, and most_common with None or a bool.
from collections import Counter
inventory = Counter(apples=3, pears=0, plums=-2)
print(+inventory, -inventory)
print(Counter("aab") == Counter("aba"), Counter(a=1, b=0) == Counter(a=1), Counter("ab") != Counter("a"))
print(Counter("ab") < Counter("aab"), Counter("aab") > Counter("ab"), Counter("ab") <= Counter("ab"), Counter("abc") >= Counter("ab"))
print(Counter("ab") == {"a": 1, "b": 1})
c = Counter(a=2.5, b=-0.5)
print(+c, -c)
print(Counter("hello").most_common(None), Counter("hello").most_common(True))

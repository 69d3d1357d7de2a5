# sys.getsizeof of lists follows CPython's growth rules: how a list was
# built and changed decides its spare room.
import sys

S = sys.getsizeof

print("displays:", S([]), S([1]), S([1, 2]), S([1, 2, 3]), S([1, 2, 3, 4, 5]))
x = 5
print("non-constant:", S([x, x, x]), S([x] * 3), S([*range(3)]))
print("list():", [S(list(range(n))) for n in range(8)])
print("comprehension:", [S([i for i in range(n)]) for n in range(12)])
print("generator:", [S(list(i for i in range(n))) for n in (0, 1, 5, 8, 9, 20)])
print("sorted:", S(sorted([3, 1, 2])), S(sorted(i for i in range(9))))
print("split:", S("a b c".split()), S("a,b".split(",", 1)), S(" ".join("x" * 20).split()))
print("splitlines:", S("a\nb\nc".splitlines()))

items = []
for i in range(40):
    items.append(i)
print("appends:", S(items))
items.insert(0, -1)
print("insert:", S(items))
while len(items) > 3:
    items.pop()
print("pops:", S(items))
items.extend(range(10))
print("extend:", S(items))
items += (i for i in range(3))
print("+= generator:", S(items))
del items[2:]
print("del slice:", S(items))
items *= 4
print("*=:", S(items))
items[1:5] = []
print("slice assignment:", S(items))
items.clear()
print("clear:", S(items))


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Loose(Slotted):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyError(ValueError):
    pass


print("classes:", S(Plain), S(Slotted), S(Loose), S(MyList), S(MyInt), S(MyError))
print("instances:", S(Plain()), S(Slotted()), S(Loose()), S(object()))
print("subclasses:", S(MyList([1, 2, 3])), S(MyStr("abc")), S(MyInt(7)), S(MyError("x")))
print("types:", S(int), S(list), S(type))

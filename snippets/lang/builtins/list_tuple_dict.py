# list(), tuple() and dict() constructors from many iterables.
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(), list(x for x in "hi"))
print(tuple([1, 2]), tuple("ab"), tuple(), tuple({3: 4}.items()))
print(dict(), dict(a=1), dict([("x", 1), ["y", 2]]), dict({"k": "v"}), dict(zip("ab", "cd")))
try:
    list(5)
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
try:
    list(1, 2)
except TypeError as e:
    print(e)

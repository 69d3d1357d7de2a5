# map and filter are lazy: functions run only as items are consumed.
def loud(x):
    print("calling", x)
    return x * 10
m = map(loud, [1, 2, 3])
print("map created", type(m).__name__)
print(next(m))
print(list(m))
f = filter(lambda x: print("test", x) or x % 2, range(4))
print("filter created", type(f).__name__)
print(list(f))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, "", "a"])), list(filter(str.isdigit, "a1b2")))
it = map(int, "123")
print(iter(it) is it, sum(it), list(it))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares = map(lambda n: n * n, naturals())
print([next(squares) for _ in range(5)])
try:
    map(len)
except TypeError as e:
    print(e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(e)

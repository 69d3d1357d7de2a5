# map, filter, zip, enumerate and iter(callable, sentinel) are lazy iterator objects.
def numbers():
    for n in range(4):
        print("  produce", n)
        yield n

for it in [map(str, [1]), filter(None, [1]), zip([1], [2]), enumerate([1]), iter(lambda: 1, 2)]:
    print(repr(it).split(" at ")[0], type(it).__name__, iter(it) is it)

m = map(lambda n: print("  map", n) or n * 10, numbers())
print("map made")
f = filter(lambda n: print("  test", n) or n % 20, m)
print("filter made")
print(next(f))
print(list(f))
e = enumerate(numbers(), start=100)
print(next(e), next(e))
z = zip(numbers(), "ab")
print(list(z))
print(list(map(pow, [2, 3, 4], [5, 6])))
counter = iter([1, 2, 3, 0, 4].pop, 0)
print(list(counter))
calls = []
def reader():
    calls.append(len(calls))
    return len(calls)
print(list(iter(reader, 3)), calls)
try:
    map(5, [1])
    print("map(5, ...) made lazily")
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)

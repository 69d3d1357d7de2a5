# iter() with one argument and with a callable and sentinel; next() with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
data = iter(["a", "b", "", "c"])
for chunk in iter(lambda: next(data), ""):
    print("chunk", chunk)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
s = iter("xy")
print(type(s).__name__, list(s), type(iter({})).__name__, type(iter(range(2))).__name__)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)

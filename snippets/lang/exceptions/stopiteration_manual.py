# Catching StopIteration from next() when driving an iterator by hand.
it = iter([1, 2])
while True:
    try:
        item = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("item", item)
print(next(it, None))
d = {"a": 1}
keys = iter(d)
print(next(keys))
try:
    next(keys)
except StopIteration as e:
    print(type(e).__name__, e.args)

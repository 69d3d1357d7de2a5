# map, filter, zip and enumerate are lazy: work happens as items are pulled.
log = []
def square(n):
    log.append(f"sq{n}")
    return n * n
def even(n):
    log.append(f"ev{n}")
    return n % 2 == 0
pipeline = enumerate(map(square, filter(even, range(10))), start=1)
print(log)
print(next(pipeline), log)
print(next(pipeline), log)
print(list(pipeline))
m = map(len, ["a", "bb"])
print(list(m), list(m))
f = filter(str.isupper, "aBcD")
print("".join(f))

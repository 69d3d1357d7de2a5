# yield from delegates to sub-generators and passes their return value back.
def inner(tag):
    yield f"{tag}-1"
    yield f"{tag}-2"
    return f"{tag} done"

def outer():
    r1 = yield from inner("a")
    print("got", r1)
    r2 = yield from inner("b")
    print("got", r2)
    yield from range(3)
    yield from "xy"

print(list(outer()))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4])], [], 5])))

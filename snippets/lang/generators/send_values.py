# send() passes values into a running generator: a running-average coroutine.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def echo():
    received = yield "ready"
    while True:
        received = yield f"echo {received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    echo().send(1)
except TypeError as err:
    print(err)

# yield as an expression inside other expressions and in loops.
def collector():
    items = []
    while len(items) < 3:
        items.append((yield len(items)))
    yield items

c = collector()
print(next(c))
print(c.send("a"))
print(c.send("b"))
print(c.send("c"))

def pairs():
    x = yield
    y = yield
    yield x + y
p = pairs()
next(p)
p.send(3)
print(p.send(4))

def gen_in_try():
    try:
        yield 1
        yield 2
    finally:
        print("gen done")
for v in gen_in_try():
    print(v)

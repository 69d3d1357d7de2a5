# close() runs finally blocks; throw() raises inside the generator.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
    finally:
        print("cleanup")

w = worker()
next(w)
w.send(1)
w.throw(ValueError("bad"))
w.send(2)
w.close()
print("closed")

def g2():
    yield 1
    yield 2
g = g2()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(list(g))

# A generator function yields lazily; state is kept between next() calls.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")

g = countdown(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)

# Errors raised inside generators surface at the next() that resumes them.
def risky():
    yield 1
    raise ValueError("inside generator")

g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))

def gen():
    yield 1
try:
    gen().send(5)
except TypeError as e:
    print(e)

def stops():
    raise StopIteration("x")
    yield
try:
    next(stops())
except RuntimeError as e:
    print("RuntimeError:", e)

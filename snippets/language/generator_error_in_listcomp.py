# An exception raised inside a generator consumed by a list comprehension.
def g():
    yield 1
    raise KeyError(1)
print([i for i in g()])

# A comprehension with await is asynchronous.
def f(z):
    return [await y for y in z]

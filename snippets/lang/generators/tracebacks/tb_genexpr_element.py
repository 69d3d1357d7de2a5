# An error inside a generator expression's element: frames <module>, <genexpr>, then the callee.
def invert(x):
    return 1 / x

values = [2, 1, 0]
print(sum(invert(v) for v in values if v is not None))

# A typo in a name or attribute: CPython suggests the closest match.
def f():
    count = 1
    return coutn
f()

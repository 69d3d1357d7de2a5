# Unbounded recursion stops with CPython's RecursionError traceback.
def walk(n):
    return walk(n + 1)

walk(0)

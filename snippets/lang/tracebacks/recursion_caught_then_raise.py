# A RecursionError caught and re-raised as a different exception.
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError as e:
    print("caught:", e)
raise RuntimeError("gave up after recursion")

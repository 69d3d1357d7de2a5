# Errors of generator expressions: at creation for the first iterable, else when iterated.
try:
    g = (x for x in 42)
except TypeError as e:
    print("at creation:", e)
g = (x for x in [1] for y in 42)
print("created the second clause's generator")
try:
    next(g)
except TypeError as e:
    print("when iterated:", e)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("then exhausted:", list(g))
try:
    list(next(iter([])) for _ in [1])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    list(a for a, b in [(1, 2), (3,)])
except ValueError as e:
    print("ValueError:", e)
class Once:
    def __iter__(self):
        print("__iter__ called")
        return self
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(x for x in Once()))

# where warnings point: class bodies, operators, properties, comprehensions, generators; bool(NotImplemented)
import warnings
class C:
    warnings.warn("in class body")
    def __add__(self, o):
        warnings.warn("adding", stacklevel=2)
        return 1
    @property
    def p(self):
        warnings.warn("prop", stacklevel=2)
        return 2
c = C()
x = (c +
     c)
y = c.p
z = [warnings.warn("in comp") for _ in range(1)]
def g():
    yield 1
    warnings.warn("in gen")
    yield 2
print(list(g()))
print(bool(NotImplemented))
if NotImplemented:
    print("yes")
print(not NotImplemented)

# A tee iterator's __copy__ shares the buffer and starts where it stands.
import copy
import itertools

a, b = itertools.tee("wxyz")
print(next(a), next(a))
c = a.__copy__()
d = copy.copy(a)
print(type(c).__name__, c is not a)
print(list(a), list(c), list(d), list(b))

e, = itertools.tee(iter(range(3)), 1)
f = e.__copy__()
print(next(f), list(e), list(f))

try:
    a.__copy__(1)
except TypeError as err:
    print(err)

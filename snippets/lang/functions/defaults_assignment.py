# __defaults__ and __kwdefaults__ can be replaced or deleted; extra defaults
# apply to the last parameters, as in CPython.
def f(a, b=2, *, c=3): return a, b, c
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10, 20); print(f())
f.__defaults__ = None
try: f()
except TypeError as e: print(e)
f.__defaults__ = (1,2,3,4); print(f(), f.__defaults__)
try: f.__defaults__ = [1]
except TypeError as e: print(e)
f.__kwdefaults__ = {'c': 9}; print(f(1), f.__kwdefaults__)
f.__kwdefaults__ = None
try: f(1)
except TypeError as e: print(e)
try: f.__kwdefaults__ = 5
except TypeError as e: print(e)
del f.__defaults__; print(f.__defaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
def g(x, y=[]):
    y.append(x); return y
print(g(1), g(2)); g.__defaults__ = ([],); print(g(3))
def h(a, b, c=1): return a + b + c
h.__defaults__ = (5, 6)
print(h(1), h(1, 1), h(1, 1, 1))

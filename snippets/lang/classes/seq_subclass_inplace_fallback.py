# A list or bytearray subclass whose __add__/__mul__ decline keeps the in-place += and *= of its base (CPython's sequence slots come last).
class A(list):
    def __add__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
a = A([1])
a += [2]
print(a, type(a).__name__)
a *= 2
print(a, type(a).__name__)
class BA(bytearray):
    def __add__(self, o): return NotImplemented
b = BA(b'x')
b += b'y'
print(b, type(b).__name__)
for f in (lambda: a + [1], lambda: b + b'z'):
    try: f()
    except TypeError as e: print(e)
a += 1

# type.__setattr__/__delattr__, object.__setattr__ on classes, NoneType's methods; a reassigned __qualname__ names argument-binding errors.
class C: pass
type.__setattr__(C, 'x', 5)
print(C.x)
object.__setattr__(C(), 'y', 1)
try:
    object.__setattr__(C, 'z', 1)
except TypeError as e:
    print("TE", e)
try:
    type.__setattr__(int, 'z', 1)
except TypeError as e:
    print("TE", e)
print(type(None).__hash__(None) == hash(None))
print(type(None).__hash__ is not None, type(None).__bool__(None), type(None).__repr__(None))
type.__delattr__(C, 'x')
print(hasattr(C, 'x'))
print(int.__new__ is int.__new__, str.upper is str.upper, list.append is list.append, int.__add__ is int.__add__)
print(object.__new__ is object.__new__, object.__init__ is object.__init__, dict.fromkeys is dict.fromkeys, type.__call__ is type.__call__)
print(int.__new__ == int.__new__, str.upper == str.upper, int.__add__ == int.__add__)

def f(): pass
f.__qualname__ = 'g'
try: f(1)
except TypeError as e: print(e)
def h(a, *, b): pass
h.__qualname__ = 'K.h'
try: h()
except TypeError as e: print(e)
try: h(1, 2)
except TypeError as e: print(e)
try: h(1, c=2)
except TypeError as e: print(e)
try: h(1)
except TypeError as e: print(e)
class K:
    def m(self, x): pass
K.m.__qualname__ = 'Z.m'
try: K().m()
except TypeError as e: print(e)
f.__name__ = 'nm'
try: f(1)
except TypeError as e: print(e)

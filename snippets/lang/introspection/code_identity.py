# One code object per def: shared by the function, its closures made from
# the same def, its frames and its generators.
import sys


def f():
    return sys._getframe().f_code


print(f.__code__ is f.__code__, f() is f.__code__)


def make():
    def inner():
        pass
    return inner


a, b = make(), make()
print(a is b, a.__code__ is b.__code__, a.__code__.co_name)


def gen():
    yield 1


g = gen()
print(g.gi_code is gen.__code__, gen.__code__.co_flags & 0x20 != 0)

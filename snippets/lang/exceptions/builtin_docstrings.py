# The built-in exception types carry CPython's docstrings.
print(ValueError.__doc__)
print(BaseException.__doc__, KeyError("x").__doc__)
class E(ValueError): pass
class F(ValueError):
    "mine"
print(E.__doc__, F.__doc__, E().__doc__, F().__doc__)
print(OSError.__doc__, IOError.__doc__, ExceptionGroup.__doc__)
import builtins
for n in dir(builtins):
    c = getattr(builtins, n)
    if isinstance(c, type) and issubclass(c, BaseException): print(n, c.__doc__)

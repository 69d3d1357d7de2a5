# f.__code__: co_name, argument counts, co_varnames, co_nlocals, co_flags and co_firstlineno.
def f(a, b=2, *args, c, d=4, **kw):
    x = 1
    def g():
        return x
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_varnames, co.co_argcount, co.co_kwonlyargcount)
print(co.co_posonlyargcount, co.co_nlocals, co.co_flags, co.co_firstlineno)
def h(p, /, q):
    yield p
print(h.__code__.co_varnames, h.__code__.co_flags, h.__code__.co_posonlyargcount, h.__code__.co_argcount)
inner = f(1, c=3)
print(inner.__code__.co_name, inner.__code__.co_qualname, inner.__code__.co_flags)
lam = lambda: 0
print(lam.__code__.co_name, lam.__code__.co_flags, lam.__code__.co_argcount)
print(type(co).__name__, co.co_filename.endswith("code_object.py"))

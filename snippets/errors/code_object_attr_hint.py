def f(a, b=1):
    return a + b

code = f.__code__
print([n for n in dir(code) if n.startswith("co_")][:5])
try:
    code.co_nope
except AttributeError as e:
    print(e)
code.co_argcont

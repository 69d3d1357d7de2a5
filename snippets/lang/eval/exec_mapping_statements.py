# Statements that bind names, run by exec over a dict subclass mapping.
class M(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k)
m = M(valuex=1)
try:
    exec("print(valuey)", {}, m)
except NameError as e:
    print(e)
exec("import sys\nprint(sys.platform is not None)", {}, M())
exec("import os.path\nprint('os' in locals())", {}, M())
m = M()
exec("def f(): return 1\nclass C:\n    def g(self): return f()\n", {'f': lambda: 2}, m)
print(m['C']().g())
m = M()
exec("x = 5\nprint(dir())", {}, m)
exec("print(eval('x'))", {}, M(x=3))
exec("print(vars() is locals())", {}, M(x=3))
exec("x = 1\ntry:\n    pass\nfinally:\n    x += 1\nprint(x)", {}, M())
exec("a, b = 1, 2\n(c, *d) = [3, 4, 5]\nprint(a, b, c, d)", {}, M())
exec("import io\nwith io.StringIO() as fh:\n    pass\nprint(fh.closed)", {}, M())
exec("import math as m\nprint(m.pi > 3)", {}, M())
exec("from math import *\nprint(floor(1.5))", {}, M())
exec("x = 3\nmatch x:\n    case 3 as y:\n        print('y', y)", {}, M())
exec("async def co(): pass\nprint(type(co).__name__)", {}, M())
exec("x = 1\ndef f():\n    return x\n", g := {'x': 'global'}, m := M())
print(m['f']())
try:
    exec("raise ValueError('boom')", {}, M())
except ValueError as e:
    print("ValueError", e)

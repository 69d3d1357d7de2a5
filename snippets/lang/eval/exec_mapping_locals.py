# exec/eval with a mapping (not a dict) as locals: every module-level name
# goes through its __getitem__/__setitem__/__delitem__.
from collections.abc import MutableMapping
import sys

class Log(MutableMapping):
    def __init__(self, **kw):
        self.d = dict(kw)
        self.log = []
    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.d[k]
    def __setitem__(self, k, v):
        self.log.append(('set', k))
        self.d[k] = v
    def __delitem__(self, k):
        self.log.append(('del', k))
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

m = Log(a=1)
exec("b = a + 1\nc = b * 2\ndel a\n", {}, m)
print(m.log)
print(sorted(m.d.items()))

m = Log(x=10)
print(eval("x * 2 + len('ab')", {}, m), m.log)

# augmented assignment
m = Log(n=1)
exec("n += 5\nn *= 2", {}, m)
print(m.d, m.log)

# del missing -> NameError
m = Log()
try:
    exec("del zz", {}, m)
except NameError as e:
    print("NameError", e)
print(m.log)

# undefined name
try:
    exec("print(undefined_name)", {}, Log())
except NameError as e:
    print("NameError", e)

# globals fallback
g = {'gv': 7}
m = Log()
exec("r = gv + 1", g, m)
print(m.d, m.log)

# functions see globals, not the mapping
m = Log()
g = {}
exec("""
x = 1
def f():
    try:
        return x
    except NameError as e:
        return 'NameError: ' + str(e)
r = f()
""", g, m)
print(m.d['r'])
print(sorted(k for k in g if k != '__builtins__'))

# global statement inside
m = Log()
g = {}
exec("""
def f():
    global gg
    gg = 5
f()
""", g, m)
print(g['gg'], 'gg' in m.d)

# comprehension inside exec with mapping locals
m = Log(a=3)
try:
    exec("r = [a for _ in range(2)]", {}, m)
    print(m.d.get('r'))
except NameError as e:
    print("NameError", e)
m = Log(a=3)
exec("r = [i * 2 for i in range(a)]", {}, m)
print(m.d['r'])

# import binds through the mapping
m = Log()
exec("import math\nfrom os import path as p", {}, m)
print(sorted(m.d), [e for e in m.log])

# locals() is the mapping
m = Log()
exec("r = locals()", {}, m)
print(m.d['r'] is m)
m = Log()
exec("r = vars()", {}, m)
print(m.d['r'] is m)
g = {}
exec("r = globals()", g, m)
print(m.d['r'] is g)

# eval with mapping locals
print(eval("[k for k in 'ab']", {}, Log()))
print(eval("lambda: y", {'y': 2}, Log(y=3))())

# class inside exec
m = Log(base=object)
exec("class C(base):\n    z = 1\n", {}, m)
print(m.d['C'].z, m.log)

# nested functions with nonlocal
m = Log()
exec("""
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner()
res = outer()
""", {}, m)
print(m.d['res'])

# for loop / with / except as
m = Log()
exec("""
for i in range(2):
    pass
try:
    1/0
except ZeroDivisionError as e:
    pass
""", {}, m)
print(m.log)

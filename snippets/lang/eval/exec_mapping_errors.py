# exec/eval over mappings: partial mappings, their errors, dict subclasses
# overriding the item methods as globals or locals.
# classes with only __getitem__
class G:
    def __getitem__(self, k):
        if k == 'a':
            return 40
        raise KeyError(k)
print(eval("a + 2", {}, G()))
exec("print(a)", {}, G())
try:
    exec("b = 1", {}, G())
except TypeError as e:
    print("TypeError", e)
try:
    exec("del a", {}, G())
except Exception as e:
    print(type(e).__name__, e)

# non-KeyError from __getitem__ propagates
class Bad:
    def __getitem__(self, k):
        raise ValueError("bad " + k)
try:
    eval("zz", {}, Bad())
except ValueError as e:
    print("ValueError", e)
class Lk:
    def __getitem__(self, k):
        raise LookupError(k)
try:
    eval("zz", {}, Lk())
except LookupError as e:
    print("LookupError", type(e).__name__, e)

# not a mapping
for bad in (1, None.__class__, object()):
    try:
        exec("x", {}, bad)
    except TypeError as e:
        print("exec", e)
    try:
        eval("x", {}, bad)
    except TypeError as e:
        print("eval", e)

# list as locals is a mapping
try:
    exec("x", {}, [1, 2])
except TypeError as e:
    print("TypeError", e)

# dict subclass with __missing__ as locals
class D(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("foo + bar", {}, D()))
d = D()
exec("x = 1\ny = x + 1", {}, d)
print(sorted(d.items()))

# dict subclass as globals overriding __getitem__
class L(dict):
    __getitem__ = lambda s, k: len(k)
print(eval("a + word", L()))
try:
    exec("print(q)", {}, L())
except TypeError as e:
    print("TypeError", e)

class S(dict):
    def __setitem__(self, k, v):
        print('set', k, type(v).__name__)
        dict.__setitem__(self, k, v * 2 if isinstance(v, int) else v)
g = S()
exec("x = 1\ny = x\ndef f():\n    global z\n    z = 3\nf()\n", g)
print(g['x'], g['y'], g['z'])

class Dl(dict):
    def __delitem__(self, k):
        print('del', k)
        dict.__delitem__(self, k)
g = Dl(a=1)
exec("del a", g)
print('a' in g)
try:
    exec("del nope", g)
except NameError as e:
    print("NameError", e)

# exec(s, g, g) with a dict subclass
g = S()
exec("w = 5", g, g)
print(g['w'])

# globals() inside
g = S()
exec("r = globals()", g)
print(type(g['r']).__name__, g['r'] is g)

# nested exec inside a mapping
class M(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print('M set', k)
        dict.__setitem__(self, k, v)
m = M()
exec("exec('y = 2')\nprint(y)", {}, m)
print(m)

# annotations and docstring
m = M()
exec('"doc"\nx: int = 1\n', {}, m)
print(sorted(m), m['__annotations__'])

# a generator expression at module level
class Lg(dict):
    def __getitem__(self, k):
        print('get', k)
        return dict.__getitem__(self, k)
m = Lg(a=2)
try:
    print(list(eval("(a for _ in range(2))", {}, m)))
except NameError as e:
    print("NameError", e)
m = Lg(a=2)
print(list(eval("(i for i in range(a))", {}, m)))
print(eval("[lambda: a for _ in range(1)]", {'a': 9}, Lg(a=2))[0]())
class NoDel:
    def __getitem__(self, k):
        raise KeyError(k)
    def __setitem__(self, k, v):
        pass
try:
    exec("del a", {}, NoDel())
except NameError as e:
    print("NameError", e)

def f1(): pass
def f2(a, b): return a + b * 2
def f3(x): print(x, x + 1, sep='')
def f4(path):
    with open(path) as f:
        return f.read()
def f5(a, b):
    with a as x, b as y:
        pass
def f6():
    try:
        g()
    except ValueError as e:
        print(e)
def f7():
    try:
        g()
    finally:
        h()
def f8(d):
    for k, v in d.items():
        print(k, v)
def f9(n):
    a, b = 0, 1
    while n:
        a, b = b, a + b
        n -= 1
    return a
def f10(xs): return [x * 2 for x in xs if x]
def f11(xs): return {k: v for k, v in xs}
def f12(o): o.a.b[1] += 2
def f13(o): o.x = o.y = 3
def f14(a): return a[1:2], a[::2], a[:]
def f15(a): return f"{a!r:>{10}} and {a}"
def f16(a): return 1 < a < 3 < a
def f17(a): return g(*a, **a)
def f18(a): return g(1, 2, x=3, y=4)
def f19(a): return [1, 2, 3], (1, 2), {1, 2, 3}, [a, a], {a: 1, 2: a}
def f20(a):
    match a:
        case [x, y]: return x
        case {'k': v}: return v
        case P(x=1): return 1
        case _: return 0
def f21():
    def inner(a=1, *, b=2): return a
    return lambda x=1: x
def f22():
    import os
    from sys import path
    return os, path
def f23(a):
    assert a, "msg"
    del a
def f24(a):
    raise ValueError(a) from None
def f25(a):
    try:
        pass
    except (ValueError, TypeError):
        pass
    except Exception:
        raise
    else:
        pass
def f26(x):
    with x:
        try:
            pass
        except E:
            pass
def f27(a, b, c, d):
    return a(b(c(d(1, 2), 3), 4), 5)
def f28(xs): return sum(x for x in xs)
def f29(a): return not a or (a and a.b)
def f30(a): a[0], a[1] = a[1], a[0]
fs = [v for k, v in sorted(globals().items()) if k.startswith('f') and k[1:].isdigit()]
fs.sort(key=lambda f: int(f.__name__[1:]))
for f in fs:
    print(f.__name__, f.__code__.co_stacksize, f.__code__.co_varnames)

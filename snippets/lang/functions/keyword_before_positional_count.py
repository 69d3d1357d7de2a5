# Keyword arguments are bound, and refused, before too many positional
# arguments are reported (CPython's initialize_locals order).
def case0():
    def f(a): pass
    f(1, 2, a=3)
def case1():
    def f(a, /): pass
    f(1, 2, a=3)
def case2():
    def f(a, **k): pass
    f(1, 2, a=3)
def case3():
    def f(): pass
    f(1, x=2)
def case4():
    def f(*, b): pass
    f(1, c=2)
def case5():
    def f(a, /, b): pass
    f(1, 2, 3, a=1)
def case6():
    def f(a, b): pass
    f(b=1, c=2)
def case7():
    class A:
        def m(self): pass
    A().m(1, x=2)
def case8():
    def f(a, *, b): pass
    f(b=1)
def case9():
    def f(a, b, *, c): pass
    f(c=1, d=2)
def case10():
    def f(a, /, b): pass
    f(1, 2, b=3, a=1)
def case11():
    def f(a, /, b): pass
    f(c=3, a=2)
def case12():
    def f(a, /, **k): print(a, k)
    f(1, a=2)
def case13():
    def f(a, b=2, *, c): pass
    f(1, 2, 3, c=1)
def case14():
    def f(a, b=2, *, c, d): pass
    f(1, 2, 3, c=1, d=2)
def case15():
    def g():
        yield
    g(1, x=1)
def case16():
    class A:
        def __init__(self, a): pass
    A(1, 2, b=3)
def case18():
    lam = lambda a: a
    lam(1, 2, a=3)
for i in range(19):
    c = globals().get(f'case{i}')
    if c is None: continue
    try:
        c()
    except TypeError as e:
        print(i, e)

"""co_names: the globals, attributes and imported names a code object uses, in first-use order."""
import os.path as osp, sys
from collections import OrderedDict as OD, deque
x: int = 5
def foo():
    def inner():
        pass
print(foo.__code__.co_names)
code = compile("import blah\ndef foo():\n    pass\nx.y = z\n", "<test>", "exec")
print(code.co_names)
print(compile("a.b + c(d=e)", "<e>", "eval").co_names)
def g(a, *args, k=len, **kw):
    b = a.attr
    global G
    G = 1
    for i in range(3):
        b += max(i, other)
    try:
        import json.decoder
        from os import sep as s, name
    except ValueError as e:
        raise RuntimeError from e
    with open(a) as fh:
        fh.read()
    c = [glob1(q) for q in glob2 if q]
    d = lambda y=dflt: y + inside
    class K(Base, metaclass=Meta):
        attr = val
    @deco
    def h(p=pd) -> ret:
        return p
    assert a, msg
    del b.zap
    return len(b) + glob, super().m()
print(g.__code__.co_names)
print((lambda: aa.bb(cc))().__code__.co_names if False else (lambda: aa.bb(cc)).__code__.co_names)
class C:
    def m(self):
        return self.x.y + __class__.z
print(C.m.__code__.co_names)
async def co():
    await thing.wait()
    async with lock as l:
        async for v in src:
            pass
print(co.__code__.co_names)
def gen():
    x = yield from other_gen()
    yield x.val
print(gen.__code__.co_names)
def w():
    if (n := compute()) > limit:
        return n
    return f"{n!r:{width}}" + str(n)[1:stop]
print(w.__code__.co_names)

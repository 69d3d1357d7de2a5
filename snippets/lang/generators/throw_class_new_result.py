# gen.throw(cls) instantiates cls when the generator resumes: a __new__
# that returns a non-exception is a TypeError naming the class and what
# came back, raised inside the generator, as is an error from __init__.
class Broken(Exception):
    def __new__(cls, *args):
        return 42


def gen():
    try:
        yield 1
    except Exception as e:
        print("inside:", type(e).__name__, e.args)
        yield 2


class InitFails(Exception):
    def __init__(self, *args):
        raise RuntimeError("no init")


def plain():
    yield 1


for cls in [Broken, InitFails]:
    g = gen()
    next(g)
    print(g.throw(cls))
for cls in [Broken, InitFails]:
    g = plain()
    next(g)
    try:
        g.throw(cls)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    raise Broken("y")
except TypeError as e:
    print("TypeError:", e)

# sys._getframe: f_lineno, f_code, f_back, f_globals, frames of class bodies, comprehensions and generators
import sys
def f():
    fr = sys._getframe()
    print(fr.f_lineno, fr.f_code.co_name, fr.f_back.f_lineno, fr.f_back.f_code.co_name)
    print(fr.f_back.f_back)
    g = sys._getframe(1)
    print(g.f_globals is globals(), g.f_locals is globals())
    print([sys._getframe().f_code.co_name for _ in range(1)])
    return fr

x = [1,
  f()]
class C:
    print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_lineno
print(list(gen()))
try:
    sys._getframe(50)
except ValueError as e:
    print(e)

# inspect: signature/Parameter/BoundArguments of functions, methods, classes and wrapped callables; predicates; getdoc; stack
import inspect
class A: pass
print(inspect.signature(A))
class B:
    def __init__(self, x, y=1): pass
    def __call__(self, q, *, r=2): pass
print(inspect.signature(B), inspect.signature(B(1).__init__), inspect.signature(B(1)))
try: inspect.signature(3)
except Exception as e: print(repr(e))
def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int: pass
s = inspect.signature(f)
print(s, repr(s), s.parameters, s.parameters['a'].kind, repr(s.parameters['a'].kind), s.return_annotation)
print(repr(s.parameters['b']), s.parameters['b'].default, s.parameters['d'].default)
def g(x: int = 3, *, y: 'str', z: list[int] = None): pass
print(inspect.signature(g))
ba = inspect.signature(f).bind(1, 2, d=4)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba)
def h(a, b, *, c): pass
sh = inspect.signature(h)
for call in [lambda: s.bind(), lambda: sh.bind(1, 2, 3), lambda: sh.bind(1, a=2, c=3), lambda: sh.bind(1, 2, c=3, d=4), lambda: sh.bind(1, c=2), lambda: s.bind(1, 2, 3, 4, d=5, a=1)]:
    try: print(call())
    except TypeError as e: print(e)
print(inspect.isfunction(f), inspect.isclass(A), inspect.ismethod(B(1).__init__), inspect.isgeneratorfunction(f), inspect.isbuiltin(len), inspect.ismodule(inspect))
def gen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()))
def deco(fn):
    import functools
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def wrapped(p, q=1): pass
print(inspect.signature(wrapped), inspect.signature(lambda x, *y: 0))
print([p.name for p in inspect.signature(f).parameters.values()], [str(p.kind) for p in s.parameters.values()])
print(inspect.getdoc(B), inspect.cleandoc("""  first
      second
        third
"""))
def doc():
    """Summary.

    Details here.
    """
print(inspect.getdoc(doc))
print(inspect.currentframe().f_code.co_name, inspect.stack()[0].function, inspect.stack()[0][2])
def where():
    st = inspect.stack()
    return st[1].function, st[0].code_context, st[1].lineno
print(where())
print(inspect.getmembers(B, inspect.isfunction))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY)]))
try:
    inspect.Parameter('1x', inspect.Parameter.KEYWORD_ONLY)
except ValueError as e:
    print(e)
print(s == inspect.signature(f), s.parameters['a'] == s.parameters['a'], inspect.Parameter.empty, inspect.signature(f).replace(return_annotation=str))

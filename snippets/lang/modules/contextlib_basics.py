# contextlib: contextmanager (also as decorator), suppress, nullcontext, closing, redirect_stdout; tracebacks keep only user frames
from contextlib import contextmanager, suppress, nullcontext, closing, redirect_stdout
import contextlib, io

@contextmanager
def opened(name):
    """Pretend to open a file."""
    print('open', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('handled inside', repr(e))
    finally:
        print('close', name)

with opened('a') as f:
    print('using', f)
with opened('b'):
    raise KeyError('k')
print('after b')
try:
    with opened('c'):
        raise ValueError('v')
except ValueError as e:
    print('outer', e, e.__traceback__.tb_lineno)
print(opened.__name__, opened.__doc__)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
with nullcontext(5) as x:
    print('null', x)
class Res:
    def close(self):
        print('Res closed')
with closing(Res()) as r:
    print(type(r).__name__)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured!')
print('got', repr(buf.getvalue()))

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def never():
    if False:
        yield
try:
    with never():
        pass
except RuntimeError as e:
    print(e)

@opened('deco')
def work():
    print('working')
work()

@contextmanager
def timer(label):
    print('start', label)
    yield
    print('end', label)
with timer('t1'):
    pass
with suppress(TypeError):
    with timer('t2'):
        len(5)
print('done')
with opened('z'):
    {}['missing'] + 1
    [][0]

# pickle's errors: CPython's exception types (PicklingError and
# UnpicklingError from _pickle) and messages, for dumps and loads.
import pickle
import sys
import io


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        text = str(e)
        if a:
            text = text.replace(hex(id(a[0])), 'ADDR')
        print(type(e).__module__, type(e).__qualname__, text)


def outer():
    def inner():
        pass
    class Local:
        pass
    return inner, Local


inner, Local = outer()
show(pickle.dumps, lambda: 0)
show(pickle.dumps, inner)
show(pickle.dumps, Local)
show(pickle.dumps, Local())
show(pickle.dumps, (x for x in []))
show(pickle.dumps, sys)
show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, protocol=2, buffer_callback=print)
show(pickle.Pickler, 5)

for data in [b'', b'\x80', b'\x80\x04\x95', b'(', b'\x80\x04K', b'\xff', b'.',
             b'I12', b'X\x05\x00\x00\x00ab', b'0.', b'\x80\x09.',
             b'cfoo\nbar\n.', b'cbuiltins\nbar\n.', b'h\x05.', b'N\x85.',
             b'l.', b'K\x01K\x02s.', b']K\x01\x88.', b'P1\n.', b'Sabc\n.',
             b'N2.', b'(1N.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.',
             b'\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00\x8c\x03abc\x94Q.']:
    print(data)
    show(pickle.loads, data)
show(pickle.loads, 'abc')
show(pickle.loads, b"U\x03\xe9ab.")
show(pickle.load, io.BytesIO(b''))


class BadR:
    def __reduce__(self):
        return 5


class BadR2:
    def __reduce__(self):
        return (1,)


class BadR3:
    def __reduce__(self):
        return (1, ())


class BadR4:
    def __reduce__(self):
        return (list, 5)


class BadR5:
    def __reduce__(self):
        raise ValueError('nope')


class BadState:
    def __reduce__(self):
        return (BadState, (), None, 5)


class Slots:
    __slots__ = ('a',)


for c in (BadR, BadR2, BadR3, BadR4, BadR5, BadState):
    show(pickle.dumps, c())
for p in range(6):
    show(pickle.dumps, Slots(), p)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      pickle.PickleError.__mro__)


# Nesting: CPython's pickler counts one level per container and one more
# while a list's or dict's items are saved, over the caller's depth.
def nested_ok(n, kind):
    x = [] if kind == 'list' else {} if kind == 'dict' else ()
    for i in range(n):
        x = [x] if kind == 'list' else {1: x} if kind == 'dict' else (x,)
    try:
        pickle.dumps(x)
        return True
    except RecursionError as e:
        return str(e)


for kind in ('list', 'dict', 'tuple'):
    print(kind, [nested_ok(n, kind) for n in (400, 498, 499, 997, 998)])

# Errors raised inside a __reduce__ travel through the pickler untouched;
# an uncaught PicklingError prints as _pickle.PicklingError.
class Fails:
    def __reduce__(self):
        return 1 / 0


try:
    pickle.dumps([Fails()])
except ZeroDivisionError:
    import traceback
    traceback.print_exc(file=sys.stdout)
class Renamed:
    pass


Renamed.__qualname__ = 'Nowhere'
pickle.dumps(Renamed)

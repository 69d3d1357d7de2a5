# An AttributeError from a property (or any descriptor) falls back to
# the class's __getattr__, as CPython's slot_tp_getattr_hook does.
class A:
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')

    @property
    def p(self):
        raise AttributeError('inside prop')

    @property
    def q(self):
        return 'q'

    @property
    def xprop(self):
        raise AttributeError

a = A()
print(a.xyz, a.q, a.xprop)
try:
    a.p
except AttributeError as e:
    print('p:', e)


class B:
    def __getattr__(self, n):
        return 'fallback ' + n


class C(B):
    @property
    def p(self):
        raise ValueError('not an AttributeError')

    @property
    def r(self):
        raise AttributeError('r')


print(C().r)
try:
    C().p
except ValueError as e:
    print('ValueError:', e)


class D:
    def __getattr__(self, name):
        return 'ga:' + name

    @property
    def broken(self):
        return self.xa + self.missing_thing


print(D().broken)

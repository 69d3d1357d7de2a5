e = NameError('x', name='foo')
print(e.name, e.args)
e = AttributeError('y', name='n', obj=1)
print(e.name, e.obj, e.args)
try:
    NameError('x', obj=1)
except TypeError as t:
    print(t)
try:
    AttributeError(nam=1)
except TypeError as t:
    print(t)
class E(AttributeError):
    def __init__(self, m):
        super().__init__(m, name='zz')
print(E('m').name)
raise NameError('x', name='foo')

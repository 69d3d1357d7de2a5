# "Did you mean" for an attribute considers every name dir() lists,
# inherited ones from object included, and a class's __dir__.
class A:
    def __init__(self):
        self.value = 1


class B(A):
    def __dir__(self):
        return ['valve']


for obj, name in [(A(), '__nmae__'), (A, '__nmae__'), (B(), 'valeu'), (A(), 'valeu')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        import traceback
        print(traceback.format_exception_only(e)[-1], end='')
A.__nmae__

# with on objects lacking __enter__ or __exit__: CPython's two messages, checked before __enter__ runs
class NoExit:
    def __enter__(self):
        print('entered?')
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in [5, 'text', NoEnter(), NoExit(), [1]]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
def gen():
    with NoExit() as x:
        yield x
try:
    next(gen())
except TypeError as e:
    print('in generator:', e)
with NoExit() as n:
    print(n)

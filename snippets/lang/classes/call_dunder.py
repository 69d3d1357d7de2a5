# __call__ makes instances callable; callable() reports it.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times

add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return args
c = Counter()
c(); c(1); c(1, 2)
print(c.calls)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
print(callable(NotCallable()))

# __length_hint__ of iterators over user sequences (the __getitem__ protocol)
# and of reversed() over them.


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < self.n:
            return i * 10
        raise IndexError(i)


s = Seq(4)
it = iter(s)
print(type(it).__name__, it.__length_hint__())
next(it)
print(it.__length_hint__())
s.n = 2
print(it.__length_hint__())
s.n = 0
print(it.__length_hint__())
print(list(it), it.__length_hint__())


class NoLen:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


it = iter(NoLen())
print(it.__length_hint__())
print(hasattr(it, "__length_hint__"))

r = reversed(Seq(3))
print(type(r).__name__, r.__length_hint__())
print(next(r), r.__length_hint__())
print(list(r), r.__length_hint__())

import operator

print(operator.length_hint(iter(Seq(5))))
print(operator.length_hint(iter(NoLen()), 7))


class Bad:
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return holder[0].__length_hint__()


holder = [iter(Bad())]
try:
    holder[0].__length_hint__()
except RecursionError as e:
    print("RecursionError", e)

try:
    iter(Seq(1)).__length_hint__(1)
except TypeError as e:
    print(e)

# function.__get__: a plain function bound as a method by hand, and None giving the function back
def f(self, x=1):
    return (self, x)


class A:
    pass


a = A()
m = f.__get__(a)
print(m(2)[1], m.__self__ is a, m.__func__ is f, f.__get__(None, A) is f, hasattr(f, "__get__"))
print(type(m).__name__, m.__name__, f.__get__(a, A)()[1])
A.g = f
print(A.g is f, a.g()[0] is a, (lambda: 3).__get__(a).__self__ is a)

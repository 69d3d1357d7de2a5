# bound and builtin methods: __name__, __qualname__, __self__, __func__, and the names of builtin functions.
class Greeter:
    def hello(self):
        """Say hello."""
        return "hello"
    @classmethod
    def make(cls):
        return cls()

g = Greeter()
m = g.hello
print(m.__name__, m.__qualname__, m.__doc__, m.__self__ is g, m.__func__ is Greeter.hello)
print(Greeter.make.__name__, Greeter.make.__self__ is Greeter)
lst = [3, 1]
print(lst.append.__name__, lst.append.__qualname__, lst.append.__self__ is lst)
print("abc".upper.__name__, "abc".upper.__qualname__, {}.get.__qualname__)
print(len.__name__, len.__qualname__, len.__module__, print.__name__)
import math
print(math.sqrt.__name__, math.sqrt.__module__)
import operator
print(operator.add.__name__, operator.itemgetter.__name__, operator.itemgetter.__module__)

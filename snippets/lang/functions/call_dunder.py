# Functions, built-ins and bound methods have __call__, which calls them
def double(x):
    return 2 * x


class Greeter:
    def hello(self, name):
        return f"hello {name}"


print(double.__call__(21), len.__call__([1, 2, 3]), Greeter().hello.__call__("ada"))
print((lambda: "lambda").__call__(), callable(double.__call__))
exit.__call__(4)

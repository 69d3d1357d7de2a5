# Decorators that copy a function's metadata by hand, as functools.wraps does, plus class decorators.
def wraps(wrapped):
    def copy(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return copy

def logged(prefix):
    def deco(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            print(f"{prefix} {func.__name__}{args} -> {result!r}")
            return result
        return wrapper
    return deco

@logged("[calc]")
def area(w, h=1):
    """Area of a rectangle."""
    return w * h

area(3, 4)
area(w=2)
print(area.__name__, area.__qualname__, area.__doc__, area.__wrapped__(5, 5))
print(area.__module__, sorted(k for k in area.__dict__))

def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    return wrapper

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), fib.calls, fib.__name__)

def register(cls):
    cls.registered = True
    REGISTRY.append(cls.__name__)
    return cls

REGISTRY = []

@register
class Service:
    """A service."""

print(Service.registered, REGISTRY, Service.__doc__, Service.__name__)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name

print(Config("a") is Config("b"), Config("c").name)

class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def square(n):
    return n * n

print(square(4), square(4), square.cache, type(square).__name__)
try:
    area.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

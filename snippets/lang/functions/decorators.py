# Decorators: plain, with arguments, stacked, and preserving attributes by hand.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    wrapper.__name__ = func.__name__
    return wrapper

@shout
def hello(name):
    return f"hello {name}"

print(hello("world"), hello.__name__)

def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def roll(x):
    return x * 2

print(roll(4))

calls = []
def trace(func):
    def wrapper(*a):
        calls.append(func.__name__)
        return func(*a)
    return wrapper

@trace
@shout
def name_of(x):
    return x

print(name_of("ok"), calls)

registry = {}
def register(func):
    registry[func.__name__] = func
    return func

@register
def alpha(): return 1
@register
def beta(): return 2
print(sorted(registry), registry["beta"]())

# Functions returning other functions and partial application by hand.
def partial(func, *fixed, **fixed_kw):
    def call(*more, **more_kw):
        kw = dict(fixed_kw)
        kw.update(more_kw)
        return func(*fixed, *more, **kw)
    return call

def volume(l, w, h, unit="cm"):
    return f"{l * w * h} {unit}^3"

flat = partial(volume, 10, 10)
print(flat(2))
print(flat(3, unit="m"))
inch = partial(volume, unit="in")
print(inch(1, 2, 3))

def memoize(f):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped

@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))

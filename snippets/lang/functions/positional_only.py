# Positional-only parameters before / and the errors for using them by name.
def power(base, exp=2, /, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

print(power(3))
print(power(2, 10))
print(power(2, 10, mod=1000))
try:
    power(base=2)
except TypeError as e:
    print(e)

def both(a, /, b, *, c):
    return a, b, c

print(both(1, 2, c=3))
print(both(1, b=2, c=3))
try:
    both(1, 2, 3)
except TypeError as e:
    print(e)

def kw_and_pos(name, /, **kwargs):
    return name, kwargs

print(kw_and_pos("x", name="y"))

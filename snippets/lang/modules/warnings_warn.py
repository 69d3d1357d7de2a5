# warnings.warn: categories, stacklevel, the once-per-location registry, bad categories
import warnings

def deprecated(func):
    def wrapper(*args, **kwargs):
        warnings.warn(f"{func.__name__} is deprecated", DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper

@deprecated
def old(x):
    return x * 2

print(old(2))
print(old(3))
for i in range(3):
    warnings.warn("loop")
for i in range(2):
    warnings.warn(f"loop {i}")
warnings.warn("rt", RuntimeWarning)
warnings.warn("fw", FutureWarning)
warnings.warn("pdw", PendingDeprecationWarning)
warnings.warn(UserWarning("instance"))
class MyWarning(UserWarning):
    pass
warnings.warn("mine", MyWarning)
warnings.warn("far", stacklevel=10)
print(sorted(repr(k) if isinstance(k, str) else repr((k[0], k[1].__name__, k[2])) for k in __warningregistry__))
try:
    warnings.warn("x", str)
except TypeError as e:
    print(e)
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
warnings.warn(5)

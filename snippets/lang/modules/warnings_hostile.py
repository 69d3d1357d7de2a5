# warnings under abuse: a recursive showwarning, broken filters, a failing __str__, huge stacklevels, bad warn_explicit arguments
import warnings, sys
def sw(*a):
    warnings.warn("again")
warnings.showwarning = sw
warnings.simplefilter("always")
try:
    warnings.warn("x")
except RecursionError as e:
    print("rec", e)
warnings.showwarning = warnings._showwarning_orig
warnings.filters = None
try:
    warnings.warn("y")
except TypeError as e:
    print(e)
warnings.filters = []
class W(Warning):
    def __str__(self):
        raise ValueError("bad str")
try:
    warnings.warn(W())
except ValueError as e:
    print(e)
try:
    warnings.warn("z", stacklevel=10**30)
except OverflowError as e:
    print(e)
warnings.warn("neg", stacklevel=-5)
try:
    sys._getframe(10**30)
except Exception as e:
    print(type(e).__name__, e)
print(sys._getframe(-10**5).f_code.co_name)
warnings.warn_explicit("m", UserWarning, "f.py", -3)
try:
    warnings.warn_explicit("m", UserWarning, 5, 1)
except TypeError as e:
    print(e)
try:
    warnings.warn_explicit("m", UserWarning, "f", 1, registry=5)
except TypeError as e:
    print(e)
warnings.defaultaction = "bogus"
try:
    warnings.warn("q")
except RuntimeError as e:
    print(e)

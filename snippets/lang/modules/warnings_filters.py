# warnings filters: filterwarnings with message patterns, error/once/module/always/ignore, resetwarnings, bad actions
import warnings
print(warnings.filters)
warnings.filterwarnings("ignore", message="spam.*")
warnings.filterwarnings("error", category=RuntimeWarning)
print(warnings.filters[:2])
warnings.warn("spam and eggs")
warnings.warn("Spam ignored too")
warnings.warn("eggs shown")
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", repr(e))
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only")
def f():
    warnings.warn("once only")
f()
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("mod")
warnings.warn("mod")
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always")
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("dep shown", DeprecationWarning)
print(len(warnings.filters))
warnings.simplefilter("bogus") if False else None
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("assert", e)
try:
    warnings.filterwarnings("error", category=5)
except AssertionError as e:
    print("assert", e)

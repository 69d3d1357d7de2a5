# warnings.catch_warnings (record, action), showwarning/formatwarning hooks, WarningMessage, warn_explicit
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    print(len(w))
    for m in w:
        print(m.category.__name__, m.message, m.lineno, type(m).__name__)
        print(str(m).replace(m.filename, 'FILE'))
print(warnings.filters[0])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("err")
    except UserWarning as e:
        print("raised", e)
warnings.warn("after")
with warnings.catch_warnings(action="ignore"):
    warnings.warn("silenced")
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno, line)
warnings.showwarning = show
warnings.warn("custom")
warnings.showwarning = warnings._showwarning_orig
def fmt(message, category, filename, lineno, line=None):
    return f"FMT {category.__name__}: {message}\n"
warnings.formatwarning = fmt
warnings.warn("formatted")
print(warnings.formatwarning is fmt)
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
print(warnings.WarningMessage("m", UserWarning, "f.py", 3))
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
warnings.warn_explicit("explicit mod", UserWarning, "fake.py", 43, module="fakemod", registry={})

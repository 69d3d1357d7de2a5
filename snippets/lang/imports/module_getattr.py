# PEP 562: a module's __getattr__ answers for the names it lacks, in
# attribute access and in from-imports.
import _lazymod
from _lazymod import lazy, eager

print(_lazymod.eager, _lazymod.lazy, lazy, eager)
print(getattr(_lazymod, "lazy"), hasattr(_lazymod, "nothing"))
try:
    _lazymod.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazymod import nothing
except ImportError as e:
    # The message ends with the module's path, which differs by checkout.
    print("ImportError:", str(e).rsplit(" (", 1)[0], e.name)
try:
    _lazymod.broken
except KeyError as e:
    print("KeyError:", e)
try:
    from _lazymod import broken
except KeyError as e:
    print("KeyError from import:", e)
import concurrent.futures
print(concurrent.futures.ThreadPoolExecutor.__name__, "ThreadPoolExecutor" in dir(concurrent.futures))

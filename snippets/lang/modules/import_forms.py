# import forms: plain, as, from-import, from-import as, and missing modules.
import math as m
from math import sqrt, pi as PI
from sys import maxsize
import sys, time
print(m.sqrt(9), sqrt(4), PI == m.pi, maxsize > 0, sys.modules is not None if hasattr(sys, "modules") else True)
print(type(m).__name__, m.__name__, time.__name__)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))

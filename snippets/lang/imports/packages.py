# Packages: __init__.py, dotted imports, submodules as attributes, relative imports.
import sys
import _pkg.tools
print(_pkg.tools.TOTAL, _pkg.LEVEL, _pkg.data.VALUE)
print(_pkg.__path__[0].rsplit("/", 1)[1], _pkg.__file__.rsplit("/", 2)[1:])
print(_pkg.__package__, _pkg.tools.__package__, _pkg._sub.deep.__package__)
print(_pkg._sub.PARENT_LEVEL, _pkg.__doc__)
import _pkg._sub.deep as deep
print(deep.DEEP, deep is sys.modules["_pkg._sub.deep"])
from _pkg import data, tools
print(data is _pkg.data, tools.data is data)
print([k for k in sys.modules if k.startswith("_pkg")])
print(hasattr(_pkg.tools, "__path__"), hasattr(_pkg, "__path__"))

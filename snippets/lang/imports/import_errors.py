# ModuleNotFoundError and ImportError, word for word, with their name attribute.
import sys
for stmt in [
    "import no_such_module",
    "import no_such_pkg.sub",
    "import _shapes.sub",
    "import math.sub",
    "from no_such_module import x",
    "from . import sibling",
    "from .sibling import x",
    "import _shapes, no_such_module",
]:
    try:
        exec(stmt)
    except ImportError as e:
        print(f"{type(e).__name__}: {e} | name={e.name!r}")
print(issubclass(ModuleNotFoundError, ImportError))
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
e = ImportError("custom")
print(e.name, e.path, e)

# import runs a module file once, caches it in sys.modules, and binds it.
import sys
import _shapes
import _shapes as s2
import _shapes

print(_shapes.area(3, 4), s2 is _shapes, _shapes is sys.modules["_shapes"])
print(_shapes.__name__, _shapes.__doc__)
print(_shapes.__file__.rsplit("/", 1)[1], _shapes.__package__ == "")
print(_shapes.__cached__.rsplit("/", 2)[1:])
print(repr(_shapes).startswith("<module '_shapes' from '/"), repr(_shapes).endswith("_shapes.py'>"))
print(type(_shapes).__name__, __name__)
print(_shapes.calls, _shapes.circle(1.0))
print(round(_shapes.circle(2), 3), _shapes._private)
import math, _shapes as again
print(again.PI, math.floor(again.PI))

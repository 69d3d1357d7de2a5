# getattr, setattr, hasattr and delattr on instances, classes and modules.
import math
class Box:
    size = 1
b = Box()
setattr(b, "color", "red")
print(getattr(b, "color"), getattr(b, "size"), getattr(b, "missing", None), hasattr(b, "color"))
delattr(b, "color")
print(hasattr(b, "color"), getattr(math, "pi") == math.pi, hasattr(math, "tau"))
setattr(Box, "shared", [1])
print(Box().shared, getattr("abc", "upper")())
try:
    getattr(b, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(b, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(b, 5)
except TypeError as e:
    print(e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
try:
    getattr(b)
except TypeError as e:
    print(e)

# dir() and vars() on instances, classes and modules (filtered to user names).
class Point:
    dims = 2
    def __init__(self):
        self.x = 1
        self.y = 2
    def norm(self):
        return 0
p = Point()
print(vars(p), [n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Point) if not n.startswith("_")])
print(sorted(k for k in vars(Point) if not k.startswith("__")))
import math
print("sqrt" in dir(math), "pi" in dir(math))
print(vars(p) == p.__dict__)
try:
    vars(5)
except TypeError as e:
    print(e)
print("upper" in dir("s"), "append" in dir([]), "keys" in dir({}))

# __slots__ may be a dict whose keys name the slots (the values are their
# docstrings).
class Point:
    __slots__ = {"x": "the abscissa", "y": "the ordinate"}

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), sorted(Point.__slots__))
try:
    p.z = 3
except AttributeError as e:
    print(e)

# __eq__ and __hash__: value objects as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(0, 0) in d)
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Ident:
    pass
a = Ident()
print(a == a, a == Ident(), hash(a) == hash(a))
print(hash(1) == hash(1.0), hash(True) == hash(1))

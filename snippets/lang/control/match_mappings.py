# match with mapping and class patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k} extra={rest}"
        case Point(x=0, y=0):
            return "point origin"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point():
            return "some point"
        case _:
            return "other"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "ctrl"},
          Point(0, 0), Point(3, 3), Point(1, 2), 42]:
    print(event(e))

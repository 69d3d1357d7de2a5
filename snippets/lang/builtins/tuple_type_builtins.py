# type() with three arguments builds classes; tuple() and type checks.
Point = type("Point", (), {"x": 0, "describe": lambda self: f"at {self.x}"})
p = Point()
p.x = 5
print(Point.__name__, p.describe(), isinstance(p, Point))
Sub = type("Sub", (Point,), {})
print(Sub().describe(), issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(tuple(reversed((1, 2, 3))), tuple(sorted({3, 1})), type(()) is tuple)
try:
    type(1, 2)
except TypeError as e:
    print(e)

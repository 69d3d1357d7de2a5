# Geometry helpers on the math module: distances, angles, areas and rounding.
import math
def polygon_area(points):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
square = [(0, 0), (4, 0), (4, 4), (0, 4)]
triangle = [(0, 0), (3, 0), (0, 4)]
print(polygon_area(square), polygon_area(triangle))
print(math.dist((0, 0), (3, 4)), math.hypot(5, 12), round(math.dist((1, 2, 3), (4, 6, 8)), 6))
angle = math.degrees(math.atan2(4, 3))
print(round(angle, 4), math.isclose(math.radians(angle), math.atan2(4, 3)))
r = 2.5
print(f"area={math.pi * r ** 2:.4f} circumference={math.tau * r:.4f}")
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), round(-3.5), int(-3.5))
print([round(math.sin(math.radians(a)), 4) for a in range(0, 361, 45)])
print(math.copysign(0.0, -1), math.fabs(-0.0), math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))

# math: trigonometry, angle conversion, hypot, atan2 and dist.
import math
for deg in (0, 30, 45, 90, 180):
    r = math.radians(deg)
    print(deg, round(r, 6), round(math.sin(r), 6), round(math.cos(r), 6), round(math.degrees(r), 6))
print(math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1), math.atan2(-0.0, -1))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.degrees(math.pi))

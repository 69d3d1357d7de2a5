import sys
print(sys.excepthook is sys.__excepthook__, sys.excepthook)
try:
    raise ValueError("test") from KeyError("k")
except ValueError as exc:
    sys.excepthook(type(exc), exc, exc.__traceback__)
sys.excepthook(int, 5, None)
class Err(Exception):
    def __str__(self):
        return "custom"
try:
    raise Err()
except Err as e:
    sys.excepthook(Err, e, None)
for a, k in [((1, 2), {}), ((1, 2, 3), {"x": 1})]:
    try:
        sys.excepthook(*a, **k)
    except TypeError as e:
        print(e)
print("end")

# int() and float() with user types defining __int__, __index__, __float__.
class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __int__(self):
        return int(self.v)
class Idx:
    def __index__(self):
        return 7
print(float(Meters(2)), int(Meters(3.9)), int(Idx()), float(Idx()))
print(int(), float(), int("-12"), float(" 3.5\n"), int(2.999), float(7))
try:
    int([])
except TypeError as e:
    print(e)
try:
    float(object())
except TypeError as e:
    print(e)

# abs, divmod and round across int, float, bool and user types.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
class Dist:
    def __abs__(self):
        return "abs called"
print(abs(Dist()))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(True, 2))
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
try:
    abs()
except TypeError as e:
    print(e)
try:
    abs(1, 2)
except TypeError as e:
    print(e)
class R:
    def __round__(self, n=None):
        return f"round({n})"
print(round(R()), round(R(), 3))

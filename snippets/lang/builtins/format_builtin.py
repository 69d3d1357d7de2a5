# format() builtin: default spec, numeric specs and __format__ dispatch.
print(format(3.14159, ".2f"), format(42), format("s", "^5"), format(255, "x"), format(0.5, "%"))
print(repr(format(None)), format([1, 2]), format(True), format(1e10, ","))
class Temp:
    def __format__(self, spec):
        return f"Temp[{spec}]"
print(format(Temp(), "C"), f"{Temp():F}", "{:K}".format(Temp()))
try:
    format(object(), "d")
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)

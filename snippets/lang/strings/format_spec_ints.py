# The format mini-language for ints: fill, align, sign, #, 0, width, grouping, types.
n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^11", "+", "-", " ", "010", "+010",
             ",", "_", "_x", "_b", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "c", "n",
             "e", ".2e", "f", "%", ".1%", "=+12", "#012x", "020,", "g"]:
    print(repr(spec).ljust(8), repr(format(n, spec)))
print(format(-42, "=8"), format(-42, "08"), format(-255, "#x"), format(0, "#b"), format(65, "c"))
print(format(True, "d"), format(True, ""), format(False, ">6"))
for bad in ["s", ".2", ",c", "=c"]:
    try:
        format(10, bad)
    except ValueError as e:
        print(e)

# The format mini-language for str: alignment, fill, truncation with precision.
s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "-^8", "s", ">3"]:
    print(repr(spec).ljust(6), repr(format(s, spec)))
print(repr(format("é€", "^6")), repr(f"{'ab':~>5}"))
for bad in ["d", "=10", "+", ",", "#"]:
    try:
        format("x", bad)
    except ValueError as e:
        print(e)

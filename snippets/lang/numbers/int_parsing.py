# int() parsing: bases, prefixes, underscores, whitespace and error messages.
print(int("42"), int("  -17  "), int("+5"), int("1_000_000"), int("0"), int("-0"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("1010", 2), int("FF", base=16), int(b"12"), int(bytearray(b"34")))
print(int(3.99), int(-3.99), int(True), int(1e20), int("٤٢"))
for bad in ["", "1.5", "0x10", "1__0", "_1", "08", "abc", " ", "1e3", "--1"]:
    try:
        int(bad, 0 if bad == "08" else 10)
    except ValueError as e:
        print(e)
for args in [("12", 1), ("12", 37)]:
    try:
        int(*args)
    except ValueError as e:
        print(e)
try:
    int(12, 10)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)

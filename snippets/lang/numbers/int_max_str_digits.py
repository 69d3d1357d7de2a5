# sys.set_int_max_str_digits changes the limit of int <-> decimal str
# conversions (0 lifts it); power-of-two bases are never limited.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
sys.set_int_max_str_digits(1000)
for make in (lambda: int("1" * 1001), lambda: str(10 ** 1000), lambda: f"{10 ** 1000}", lambda: int("1" * 5000, 7), lambda: "%d" % 10 ** 1000):
    try:
        make()
    except ValueError as e:
        print(e)
print(len(str(10 ** 999)), int("1" * 5000, 16) > 0, len(hex(10 ** 5000)))
for bad in (-5, 640, "a"):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(maxdigits=641)
print(sys.get_int_max_str_digits())

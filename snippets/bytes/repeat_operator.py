# Repetition with * and its limits.
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1, bytearray(b"x") * 2, b"" * 1000, b"z" * True)
for a, b in [(b"a", 2.0), (b"a", b"b"), (2.5, bytearray(b"a")), (b"a", "3")]:
    try:
        a * b
    except TypeError as e:
        print(e)
for n in [2**70, -2**70]:
    try:
        b"" * n
    except OverflowError as e:
        print(e)
try:
    b"abc" * (2**62)
except OverflowError as e:
    print(e)
try:
    b"abc" * (2**50)
except MemoryError as e:
    print("MemoryError", e)

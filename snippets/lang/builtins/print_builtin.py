# print() with sep, end, file and flush; printing many kinds of values.
import sys
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued")
print(1, 2, sep="", end="!\n")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print()
print(None, True, 3.0, [1, "a"], {"k": (1,)}, sep=" | ")
print(*[1, 2, 3], sep=None, end=None)
print("x", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", bad=1)
except TypeError as e:
    print(e)

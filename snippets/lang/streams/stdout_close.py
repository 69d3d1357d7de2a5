# Writing to a closed sys.stdout fails as in CPython.
import sys

print("before close")
sys.stdout.close()
print(sys.stdout.closed, file=sys.stderr)
sys.stdout.close()
for name in ["write", "flush", "fileno", "isatty", "readable"]:
    try:
        if name == "write":
            sys.stdout.write("x")
        else:
            getattr(sys.stdout, name)()
    except ValueError as e:
        print(name, e, file=sys.stderr)
print("lost")

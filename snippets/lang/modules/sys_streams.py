# sys.stdout.write returns the count; stderr is a separate stream.
import sys
n = sys.stdout.write("written directly\n")
print("count", n)
sys.stdout.write("no newline ")
sys.stdout.flush()
print("then print")
sys.stderr.write("an error line\n")
sys.stderr.flush()
print("back to stdout", file=sys.stdout)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)

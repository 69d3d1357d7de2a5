# print() to objects with a write method, a reassigned sys.stdout and sys.stderr, and sys.stdout.buffer.
import sys


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


r = Recorder()
print("a", "b", file=r)
print("x", 1, None, sep="-", end="!", file=r, flush=True)
print(file=r)
print(r.parts)

saved = sys.stdout
sys.stdout = r
print("redirected", 3)
sys.stdout = saved
print(r.parts[-3:])

sys.stdout = None
print("nowhere")
sys.stdout = saved
print("back", file=None)

for bad in (5, "text", [1]):
    try:
        print("x", file=bad)
    except AttributeError as e:
        print(type(e).__name__, e)


class Failing:
    def write(self, s):
        raise ValueError("disk full")


try:
    print("x", file=Failing())
except ValueError as e:
    print("ValueError", e)

n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(n, sys.stdout.encoding, sys.stdout.name, sys.stderr.name)
print(repr(sys.stdout.buffer), type(sys.stdout.buffer).__name__)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print(e)
print(sys.stdout.buffer.write(memoryview(b"abc")[1:]))
print()


class ToRealStderr:
    def write(self, s):
        sys.__stderr__.write(s.upper() if s.startswith("warn") else s)

    def flush(self):
        pass


sys.stderr = ToRealStderr()
print("warned", file=sys.stderr)
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.__stdout__.write(f"{e}\n")
sys.stdout = saved
[][0]

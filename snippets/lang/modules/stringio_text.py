# io.StringIO as a text buffer: building a report with print(file=), reading it back by lines, seeking, newline modes, redirecting sys.stdout.
import io
import sys

rows = [("apples", 3, 0.5), ("pears", 12, 0.25), ("kiwis", 7, 1.2)]
report = io.StringIO()
print("name,qty,price", file=report)
for name, qty, price in rows:
    print(name, qty, f"{price:.2f}", sep=",", file=report)
print(f"total,{sum(q for _, q, _ in rows)},", end="", file=report)
text = report.getvalue()
print(repr(text))
print(report.tell(), len(text), report.seek(0), report.readline(), report.read(6), report.tell())
for lineno, line in enumerate(report, 2):
    print(lineno, line.rstrip("\n").split(","))
report.seek(0)
print(report.readlines(20), report.readlines())

buf = io.StringIO("héllo wörld")
print(buf.read(4), buf.tell(), buf.write("O W"), buf.getvalue(), buf.seek(0, 2), buf.write("!"))
print(buf.seek(20), buf.write("?"), repr(buf.getvalue()), buf.truncate(5), buf.getvalue(), buf.tell())

for newline in [None, "", "\n", "\r\n"]:
    s = io.StringIO("one\r\ntwo\rthree\nfour", newline=newline)
    print(repr(newline), s.readlines(), repr(s.getvalue()), s.newlines)

captured = io.StringIO()
saved, sys.stdout = sys.stdout, captured
print("this line is captured", 1, 2)
sys.stdout.write("so is this\n")
sys.stdout = saved
print("captured:", captured.getvalue().splitlines())

with io.StringIO("x\ny\n") as f:
    print(list(f), f.closed, f.readable(), f.seekable())
print(f.closed)
for attempt in [
    lambda: f.read(),
    lambda: f.getvalue(),
    lambda: iter(f),
    lambda: io.StringIO(b"bytes"),
    lambda: io.StringIO("", newline="x"),
    lambda: io.StringIO().write(b"x"),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO().seek(1, 1),
    lambda: io.StringIO().seek(0, 5),
    lambda: io.StringIO().truncate(-2),
    lambda: io.StringIO().read("all"),
    lambda: print("x", file=42),
]:
    try:
        attempt()
    except (ValueError, TypeError, OSError, AttributeError) as e:
        print(type(e).__name__, e)

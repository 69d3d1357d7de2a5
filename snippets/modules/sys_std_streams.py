import sys, io
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdin, sys.stdin.mode, sys.stdin.name, sys.stdout.mode, sys.stdout.closed)
print(isinstance(sys.stdout, io.TextIOWrapper), type(sys.stdin) is type(sys.stdout))
print(isinstance(sys.stderr, io.TextIOBase), sys.stdin is sys.__stdin__)
for f in (lambda: sys.stdin.write("x"), lambda: sys.stdout.read(), lambda: print("x", file=sys.stdin),
          lambda: sys.stdout.readable(1), lambda: sys.stdin.read(x=1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

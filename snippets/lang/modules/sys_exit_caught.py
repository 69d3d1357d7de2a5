# SystemExit can be caught; its code attribute holds the argument.
import sys
for arg in (None, 0, 2, "msg", (1, 2)):
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    exit(4)
except SystemExit as e:
    print("builtin exit", e.code)
raise SystemExit(0)

# An uncaught sys.exit((5,)) that no handler saw reports the tuple itself (exit 1); a handler sees SystemExit(5).
import sys

try:
    sys.exit((5,))
except SystemExit as e:
    print(e.args, e.code)
try:
    sys.exit((5, 6))
except SystemExit as e:
    print(e.args, e.code)


def leave():
    sys.exit((5,))


leave()

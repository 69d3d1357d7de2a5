# exit()/quit() raise SystemExit(code) (args (None,) when bare), sys.exit() and sys.exit(None) a SystemExit without args
import sys
for call in [lambda: exit(), lambda: quit(7), lambda: exit(code="bye"), lambda: sys.exit(), lambda: sys.exit(None), lambda: sys.exit((1, 2))]:
    try:
        call()
    except SystemExit as e:
        print(repr(e), e.args, repr(e.code))
exit()

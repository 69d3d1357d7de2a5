# A replaced sys.excepthook gets the uncaught exception; when the hook
# itself fails, both reports are printed. The exit status stays 1.
import sys


def hook(exc_type, value, tb):
    print("hook got", exc_type.__name__, value, tb.tb_lineno)
    print("to stderr too", file=sys.stderr)
    raise RuntimeError("hook failed")


sys.excepthook = hook


def parse(text):
    return int(text)


parse("twelve")

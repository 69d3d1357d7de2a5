# sys.displayhook echoes a value's repr and binds builtins._ (None is not echoed)
import sys
print(sys.displayhook, sys.__displayhook__)
sys.displayhook(7)
print(_)
sys.displayhook(None)
print(_)

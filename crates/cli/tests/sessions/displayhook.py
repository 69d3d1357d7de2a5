import sys
sys.displayhook(5)
_
sys.displayhook()
sys.displayhook is sys.__displayhook__
sys.displayhook
sys.displayhook = lambda v: 1/0
3
del sys.displayhook
4
sys.displayhook = sys.__displayhook__
6

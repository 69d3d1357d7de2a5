# SystemExit raised deep inside calls exits quietly with its code.
import sys
def inner():
    print("inner running")
    sys.exit(7)
def outer():
    inner()
outer()

# sys.exit with an object whose __str__ raises: nothing is printed and the status is 1
import sys


class Broken:
    def __str__(self):
        raise RuntimeError("no text")


print("exiting")
sys.exit(Broken())

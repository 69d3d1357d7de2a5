# An uncaught exception's report shows only the innermost 1000 frames (CPython's default traceback limit), module frame included or not
import sys

sys.setrecursionlimit(1300)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


ping(0)

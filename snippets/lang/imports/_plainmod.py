public = "p"
_private = "q"
__dunder__ = "d"


def helper():
    return "helper"

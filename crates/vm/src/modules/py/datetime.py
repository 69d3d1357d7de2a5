"""Fast implementation of the datetime type."""

# pyview's datetime: the public names of _datetime, where pyview writes in
# Python what CPython's C module of that name holds (its helpers stay
# there, out of this namespace, as CPython's datetime.py imports them).

import sys
from _datetime import *
from _datetime import __doc__

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

# Deriving from an enum that has members is refused in __prepare__, with
# CPython's enum.py lines in the traceback.
from enum import Enum


class Color(Enum):
    RED = 1


class Empty(Enum):
    def describe(self):
        return self.name


class Shade(Empty):
    DARK = 1


print(Shade.DARK.describe())


class More(Color):
    BLUE = 2

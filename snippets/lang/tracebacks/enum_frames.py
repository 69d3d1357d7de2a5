# Errors raised inside enum show its frames at CPython's line numbers.
import traceback
from enum import Enum


class Color(Enum):
    RED = 1


class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


for stmt in [
    "Color(7)",
    "Color['BLUE']",
    "Color.BLUE",
    "Color.__nope__",
    "Color.RED.value = 3",
    "Color.RED = 3",
    "del Color.RED",
    "Picky(2)",
]:
    try:
        exec(stmt)
    except Exception as e:
        traceback.print_exc()
print(getattr(Color, "GREEN", "default"), hasattr(Color, "RED"))
Color(9)

print("tools", __name__, __package__)
from . import data
from .data import VALUE
from ._sub.deep import DEEP

TOTAL = VALUE + DEEP

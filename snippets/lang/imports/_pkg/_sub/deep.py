from ..data import VALUE

DEEP = VALUE * 100

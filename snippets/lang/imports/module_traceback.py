# A traceback through functions of an imported module names its file and lines.
import _raiser

print(_raiser.call_through(_raiser.divide, 6, 3))
try:
    _raiser.divide(1, 0)
except ZeroDivisionError as e:
    print("caught", e)
_raiser.call_through(_raiser.divide, 1, 0)

# An AttributeError's suggestion is found when the report is printed,
# from the object as it is then; the traceback module's reports (3.11's
# Python traceback) carry none.
import math
import traceback

value = 1
try:
    valeu
except NameError:
    traceback.print_exc()
try:
    math.sqr
except AttributeError:
    traceback.print_exc()


class A:
    pass


a = A()
print(hasattr(a, 'x'), getattr(a, 'x', 'default'))
try:
    a.x
except AttributeError as e:
    print(e, e.name, e.obj is a)
    a.xy = 1
    saved = e
raise saved

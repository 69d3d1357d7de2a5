# from m import *: __all__ when defined, else the names without a leading _.
from _starmod import *
print(visible, also)
try:
    print(hidden)
except NameError as e:
    print(e)
from _plainmod import *
print(public, helper())
for name in ["_private", "__dunder__", "_under"]:
    print(name, name in globals())

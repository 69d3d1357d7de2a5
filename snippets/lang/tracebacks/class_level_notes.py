# A traceback prints notes a class defines as well as an instance's.
import traceback


class E(Exception):
    __notes__ = ["class-level note"]


try:
    raise E("with class notes")
except E:
    traceback.print_exc()
e = E("own")
e.add_note("instance note")
print(e.__notes__, E.__notes__)
t = ValueError("t")
t.__notes__ = ("a tuple",)
try:
    t.add_note("more")
except TypeError as err:
    print(err)
raise E("uncaught")

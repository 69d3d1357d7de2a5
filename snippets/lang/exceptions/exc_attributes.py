# __traceback__ presence, with_traceback, __class__ and exception identity.
try:
    raise ValueError("v")
except ValueError as e:
    err = e
print(err.__traceback__ is not None, type(err.__traceback__).__name__)
print(err.__class__.__name__, err.__class__.__bases__[0].__name__)
e2 = KeyError("k")
print(e2.__traceback__, e2.__context__, e2.__cause__)
e3 = e2.with_traceback(None)
print(e3 is e2)
def raiser():
    raise IndexError("deep")
try:
    raiser()
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("frames:", n)

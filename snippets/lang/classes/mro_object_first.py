# An explicit `object` base must come last: CPython's MRO merge stops at it.
class A: pass
class B: pass
class C(B): pass

for bases in [(object, B), (object, B, C), (A, object, B), (object, int)]:
    try:
        X = type("X", bases, {})
        print("made", X.__mro__)
    except TypeError as e:
        print(e)

class Fine(B, object):
    pass

print(Fine.__mro__)

class Bad(object, A):
    pass

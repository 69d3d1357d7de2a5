# object's slot wrappers stored in a class bind to the instance, as
# CPython's descriptors do (__hash__ = object.__hash__ and kin).
class Foo:
    pass
Foo.__repr__ = Foo.__str__
try:
    str(Foo())
except RecursionError as e:
    print("RecursionError")
class H:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
h = H(); print(hash(h) == hash(h), {h: 1}[h])
class R:
    __str__ = object.__repr__
    def __repr__(self): return "R!"
print(str(R()), f"{R()}")
class E:
    __eq__ = object.__eq__
print(E() == E(), E.__eq__, E().__eq__(3))
print(object.__init_subclass__, object.__subclasshook__())
try: object.__hash__()
except TypeError as e: print(e)
try: object.__eq__()
except TypeError as e: print(e)
print(object.__lt__(1, 2), object.__format__(3, ""))
try: object.__format__(3, "d")
except TypeError as e: print(e)

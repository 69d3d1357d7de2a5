# object.__getstate__ (3.11): the instance __dict__ (None when empty), paired with the set slots
class Plain:
    pass


p = Plain()
print(p.__getstate__())
p.a = 1
print(p.__getstate__(), p.__getstate__() is p.__dict__)
print(object.__getstate__(p))


class Slotted:
    __slots__ = ("x", "y")


s = Slotted()
print(s.__getstate__())
s.x = 3
print(s.__getstate__())


class Mixed(Slotted):
    pass


m = Mixed()
m.y = 2
m.z = 9
print(m.__getstate__())
print((5).__getstate__(), [1].__getstate__(), "text".__getstate__())
print(object().__getstate__())

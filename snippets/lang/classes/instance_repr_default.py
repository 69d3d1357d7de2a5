# Default reprs of classes, instances and methods (addresses normalised).
class Thing:
    def method(self):
        pass

t = Thing()
print(repr(t).startswith("<__main__.Thing object at 0x"))
print(Thing)
print(type(t))
print(Thing.method.__name__)
print(type(Thing), type(type))
print(str(Thing) == repr(Thing))
print(t.method)

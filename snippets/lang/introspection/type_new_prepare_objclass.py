# type.__new__ is static (bound to type, qualname "type.__new__"), one
# object shared with metaclasses; type.__prepare__ is a class method
# bound to type; getset/member descriptor types expose __objclass__.
print(type.__new__.__qualname__, type.__new__.__name__)
print(type.__new__.__self__)


class Meta(type):
    pass


print(Meta.__new__ is type.__new__, Meta.__new__.__qualname__)
print(type.__new__(Meta, "Z", (), {"a": 1}).a)

print(type.__prepare__())
print(type.__prepare__(1))
print(type.__prepare__("name", (object, int), kw=True))
print(int.__prepare__(), Meta.__prepare__("x"))
print(type.__prepare__.__self__)
print(type.__dict__["__prepare__"])

gs = type(type.__dict__["__dict__"])
print(gs.__name__, type(gs.__objclass__).__name__)
print(gs.__objclass__)
print(type.__dict__["__dict__"].__objclass__ is type)


class S:
    __slots__ = ("x",)


ms = type(S.__dict__["x"])
print(ms.__objclass__, S.__dict__["x"].__objclass__ is S)

for call in (lambda: type.__new__(), lambda: type.__new__(1)):
    try:
        call()
    except TypeError as e:
        print(e)

# NameError.name and AttributeError.name/.obj as the interpreter sets them; IOError and EnvironmentError are OSError
try:
    undefined_thing
except NameError as e:
    print(e.name, repr(e))
print(NameError("plain").name, AttributeError("plain").name, AttributeError("plain").obj)
try:
    [1, 2].push(3)
except AttributeError as e:
    print(e.name, e.obj, e)

class Reading:
    def __init__(self):
        self.raw = 5

    @property
    def scaled(self):
        return self.factor * self.raw

try:
    Reading().scaled
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)

print(IOError is OSError, EnvironmentError is OSError, IOError.__name__)
try:
    raise IOError(2, "No such file or directory")
except EnvironmentError as e:
    print(type(e).__name__, e.errno, e)
import builtins
print(getattr(builtins, "True"), getattr(builtins, "False"))

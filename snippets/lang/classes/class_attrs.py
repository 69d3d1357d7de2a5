# Class attributes vs instance attributes, shadowing, __dict__ and vars().
class Config:
    defaults = {"debug": False}
    version = 1
    def __init__(self):
        self.local = "mine"

a, b = Config(), Config()
a.version = 2
print(a.version, b.version, Config.version)
Config.version = 3
print(a.version, b.version)
del a.version
print(a.version)
print(sorted(vars(a)), a.__dict__)
print("version" in Config.__dict__, "local" in Config.__dict__)
Config.new_attr = "added"
print(b.new_attr)
print(getattr(Config, "defaults"))
setattr(b, "dynamic", 5)
print(b.dynamic, vars(b))
print(type(a) is Config, a.__class__ is Config, a.__class__.__name__)

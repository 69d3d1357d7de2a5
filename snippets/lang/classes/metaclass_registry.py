# Metaclasses at work: a plugin registry, a recorded definition order, a singleton __call__ and enum-like classes
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = kwargs.get("key", name.lower())
            mcls.registry[key] = cls
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.options = dict(kwargs)

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} runs with {self.options}"


class Csv(Plugin, key="csv", sep=","):
    pass


class Json(Plugin):
    pass


print(PluginMeta.registry)
print(Csv().run())
print(Json().run())
print(type(Csv) is PluginMeta, isinstance(Csv, type), isinstance(Csv, PluginMeta))
print(type(Csv).__name__, Csv.__class__, PluginMeta.__mro__)
print([Csv, Json])


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, bases, kwargs)
        return {"declared": ["prepared"]}

    def __new__(mcls, name, bases, ns, **kwargs):
        fields = [k for k in ns if not k.startswith("__") and k != "declared"]
        ns["fields"] = tuple(fields)
        return super().__new__(mcls, name, bases, dict(ns))


class Record(metaclass=Ordered, strict=True):
    zeta = 1
    alpha = 2
    declared = declared + ["seen"] if "declared" in dir() else ["fresh"]

    def middle(self):
        return "m"


print(Record.fields, Record.declared)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path):
        self.path = path


a = Config("a.ini")
b = Config("b.ini")
print(a is b, b.path)


class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_")}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = members
        return cls

    def __iter__(cls):
        return iter(cls._members.items())

    def __len__(cls):
        return len(cls._members)

    def __contains__(cls, value):
        return value in cls._members.values()

    def __getitem__(cls, name):
        return cls._members[name]

    def __bool__(cls):
        return True


class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    BLUE = 3


print(list(Color), len(Color), 2 in Color, 7 in Color, Color["BLUE"])
for name, value in Color:
    print(name, value)

Point = type("Point", (), {"x": 0, "y": 0, "norm": lambda self: abs(self.x) + abs(self.y)})
p = Point()
p.x, p.y = 3, -4
print(Point, Point.__name__, Point.__qualname__, Point.__module__, p.norm())
Point3 = type("Point3", (Point,), {"z": 0})
print(Point3.__mro__, Point3.__bases__, Point3().z)
Dyn = PluginMeta("Dyn", (Plugin,), {})
print(Dyn, PluginMeta.registry["dyn"] is Dyn, Dyn.options)

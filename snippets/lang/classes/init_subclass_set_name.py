# __init_subclass__ registers subclasses; __set_name__ tells descriptors-to-be their attribute name.
class Plugin:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls

    def run(self):
        return f"{type(self).__name__} runs"

class Export(Plugin):
    pass

class Import(Plugin):
    def run(self):
        return "import: " + super().run()

class CsvExport(Export):
    pass

print(sorted(Plugin.registry), Plugin.registry["csvexport"].__mro__[1].__name__)
print([Plugin.registry[k]().run() for k in sorted(Plugin.registry)])

class Validated:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name

class Order:
    quantity = Validated()
    price = Validated()

    def __init__(self, quantity, price):
        setattr(self, Order.quantity.private, quantity)
        setattr(self, Order.price.private, price)

o = Order(3, 9.5)
print(Order.quantity.name, Order.price.private, Order.price.owner, o._quantity * o._price)

class Base:
    seen = []

    @classmethod
    def __init_subclass__(cls):
        Base.seen.append(cls.__qualname__)

class Mid(Base):
    def __init_subclass__(cls):
        Base.seen.append("mid sees " + cls.__name__)
        super().__init_subclass__()

class Leaf(Mid):
    pass

print(Base.seen)

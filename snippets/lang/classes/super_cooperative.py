# Cooperative multiple inheritance: mixins pass **kwargs along the MRO with super().__init__.
class Base:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")
        self.log = ["Base"]

    def describe(self):
        return [type(self).__name__]

class Named(Base):
    def __init__(self, *, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")

    def describe(self):
        return super().describe() + [f"name={self.name}"]

class Timestamped(Base):
    def __init__(self, *, created=0, **kwargs):
        super().__init__(**kwargs)
        self.created = created
        self.log.append("Timestamped")

    def describe(self):
        return super().describe() + [f"created={self.created}"]

class Document(Named, Timestamped):
    def __init__(self, body, **kwargs):
        super().__init__(**kwargs)
        self.body = body
        self.log.append("Document")

doc = Document("text", name="readme", created=42)
print(doc.log, doc.describe())
print([c.__name__ for c in Document.__mro__], Document.mro() == list(Document.__mro__))
try:
    Document("x", name="n", colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    Document("x")
except TypeError as e:
    print("TypeError:", e)

class Root:
    def ping(self):
        return "root"

class A(Root):
    def ping(self):
        return "A>" + super().ping()

class B(Root):
    def ping(self):
        return "B>" + super().ping()

class C(A, B):
    def ping(self):
        return "C>" + super().ping()

print(C().ping(), super(A, C()).ping(), super(C, C()).ping(), B.ping(C()))

class Meta:
    @classmethod
    def create(cls, *args):
        return cls(*args)

    @staticmethod
    def version():
        return 1

class Impl(Meta):
    def __init__(self, v=0):
        self.v = v

    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.v += 1
        return obj

print(Impl.create(5).v, Impl.version(), type(Impl.create()).__name__)

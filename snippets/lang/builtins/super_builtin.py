# super() with zero and two arguments, in methods and classmethods.
class Base:
    def greet(self):
        return "base"
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
class Mid(Base):
    def greet(self):
        return "mid>" + super().greet()
    @classmethod
    def create(cls):
        return "mid:" + super().create()
class Leaf(Mid):
    def greet(self):
        return "leaf>" + super(Leaf, self).greet()
    def skip(self):
        return super(Mid, self).greet()
l = Leaf()
print(l.greet(), l.skip(), Leaf.create())
print(super(Leaf, l).greet(), type(super(Leaf, l)).__name__)

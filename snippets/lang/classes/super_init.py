# super().__init__ chains and keyword passing through cooperative constructors.
class Shape:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

class Colored:
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)

class Square(Shape, Colored):
    def __init__(self, side, **kw):
        self.side = side
        super().__init__(name="square", **kw)
    def area(self):
        return self.side ** 2

s = Square(3, color="red")
print(s.name, s.color, s.side, s.area())
t = Square(2)
print(t.color)

class Explicit(Square):
    def __init__(self):
        Square.__init__(self, 5)
        self.extra = True
e = Explicit()
print(e.side, e.extra, e.name)
print(super(Square, s).__init__ is not None)

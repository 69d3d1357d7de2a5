# Multiple inheritance: C3 linearisation and cooperative super() in a diamond.
class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
try:
    class F(D, E): pass
except TypeError as e:
    print("TypeError:", e)

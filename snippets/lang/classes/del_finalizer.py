# __del__ runs when an instance's last reference goes (del, rebinding, a frame's end, a container emptied), once, with exceptions reported as unraisable; at exit for what __main__ still holds
class Res:
    count = 0
    def __init__(self, name):
        self.name = name
        Res.count += 1
        print(f"open {name}")
    def __del__(self):
        Res.count -= 1
        print(f"close {self.name}")
def use():
    r = Res("tmp")
    return r.name.upper()
print(use())
for i in range(3):
    r = Res(f"loop{i}")
print("count", Res.count)
del r
print("count", Res.count)
x = Res("x")
x = Res("y")
print("rebound")
items = [Res("i1"), Res("i2")]
items.pop()
print("popped")
items = None
print("cleared")
class Child(Res):
    def __del__(self):
        print("child del")
        super().__del__()
c = Child("c")
del c
def boom():
    class B:
        def __del__(self):
            raise RuntimeError("del failed")
    b = B()
boom()
print("after boom")
keep = Res("kept-to-exit")
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [A("inlist")]
a = A("a")
t = (A("intuple"),)
d = {"k": A("indict")}
class H:
    pass
h = H(); h.x = A("in-h")
b = A("b")

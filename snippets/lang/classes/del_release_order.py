# The order __del__ runs in as containers and frames release what they hold:
# lists and tuples last item first, dicts in order, a frame's locals first
# slot first, and __main__'s variables at exit.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
c = [R(1), R(2), R(3)]
del c
t = (R(4), R(5), [R(6), R(7)])
del t
d = {R(8): R(9), 'x': R(10)}
del d
s = [R(11), (R(12), R(13))]
s = None
def f():
    a = R(14); b = R(15); l = [R(16), R(17)]
f()
print("end")
x = [R(18), R(19)]
y = (R(20), R(21))
def f():
    a = R(1); b = R(2)
    print("in f")
f()
def g(x, y):
    z = R(5)
g(R(3), R(4))
def h():
    a = R(6); b = R(7); l = [R(8), R(9)]
h()

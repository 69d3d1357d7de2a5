# functools.partialmethod, singledispatchmethod, attributes set on a partial (its __dict__) and update_wrapper over a partial.
from functools import partialmethod, partial, singledispatchmethod
class Account:
    def __init__(self): self.balance = 0
    def change(self, amount, reason=""):
        self.balance += amount
        print(f"{reason}: {self.balance}")
    deposit10 = partialmethod(change, 10, reason="deposit")
    withdraw = partialmethod(change, reason="withdraw")
a = Account()
a.deposit10(); a.withdraw(-3)
print(repr(Account.__dict__["withdraw"]).split(" at ")[0])
p = partial(print, "x")
p.note = "hello"
print(p.note, p.__dict__, p.__doc__[:20])
try:
    p.func = 3
except AttributeError as e:
    print(e)
import functools
def f(a, b): return a + b
g = functools.update_wrapper(partial(f, 1), f)
print(g.__name__, g.__wrapped__ is f, g(2))
class Fmt:
    @singledispatchmethod
    def show(self, x):
        return f"obj {x!r}"
    @show.register
    def _(self, x: int):
        return f"int {x}"
    @show.register(list)
    def _(self, x):
        return f"list of {len(x)}"
f2 = Fmt()
print(f2.show(1), f2.show([1, 2]), f2.show("s"), f2.show(True))

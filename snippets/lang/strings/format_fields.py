# str.format field names: attributes, indexes, nested lookups and reuse.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = [100, -20, 35]
acct = Account({"first": "Ada", "last": "L"}, 115.5)
print("{0.owner[first]} {0.owner[last]}. has {0.balance:,.2f}".format(acct))
print("last change: {a.history[2]:+d}, first: {a.history[0]}".format(a=acct))
print("{0}{1}{0}".format("ab", "-"))
print("{:{}{}{}}".format(3.14159, "^", 12, ".3f"))
print("{0:>{1}} {2:<{1}}|".format("x", 4, "y"))
grid = [[1, 2], [3, 4]]
print("{g[1][0]} {g[0][1]}".format(g=grid))
print("{d[key with space]}".format(d={"key with space": "ok"}))
print("{0.real} {0.imag} {1.__class__.__name__}".format(3, "s"))

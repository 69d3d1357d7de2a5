# Methods raising and catching; exception types defined inside class bodies.
class Account:
    class Insufficient(Exception):
        pass

    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, n):
        if n > self.balance:
            raise Account.Insufficient(f"need {n - self.balance} more")
        self.balance -= n
        return self.balance

acct = Account(100)
print(acct.withdraw(30))
try:
    acct.withdraw(500)
except Account.Insufficient as e:
    print(type(e).__name__, e, e.args)
print(Account.Insufficient.__qualname__)
print(acct.balance)

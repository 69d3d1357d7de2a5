# A __str__ that calls str(self): a str level per round, and the first rounds (before CPython quickens the code) one more for calling the type
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$" + str(self)


print(Money(250))

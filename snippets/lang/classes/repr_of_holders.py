# A bound method, a slice or an exception shows the repr a user class gives the object it holds
class C:
    def __repr__(self):
        return "C()"

    def m(self):
        pass

    @classmethod
    def k(cls):
        pass


print(C().m, C.k, slice(C(), 2), [C().m], ValueError(C()), repr(KeyError(C())))


class M(type):
    def __repr__(cls):
        return "MM"


class D(metaclass=M):
    @classmethod
    def k(cls):
        pass


print(D.k, D, str(D.k), f"{slice(1, C())}")

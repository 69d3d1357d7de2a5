class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self:
            raise KeyError(f"duplicate {k}")
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
class C(metaclass=M):
    a = 1
    def f(self): pass
    a = 2

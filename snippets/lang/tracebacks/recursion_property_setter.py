# The classic property-setter bug: the setter assigns its own property; creating the instance counts one level, as in CPython.
class P:
    def __init__(self): self.x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self.x = v
P()

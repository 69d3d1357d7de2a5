# A method call whose .name is on a later line than the call starts is reported from the name to the call's end
class A:
    def m(self): return self
    def boom(self, *a): raise ValueError("boom")
a = A()
r = (a.m()
      .m()
      .boom(1,
            2))

# A store to an attribute spanning lines is reported at the attribute's name
class A:
    __slots__ = ()
a = A()
(a
  .x) = 5

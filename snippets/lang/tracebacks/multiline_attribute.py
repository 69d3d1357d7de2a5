# An attribute access spanning lines is reported at the attribute's name
class A:
    pass
a = A()
(a
 .b
 .c)

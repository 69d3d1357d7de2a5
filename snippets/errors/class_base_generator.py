# A generator beside other class arguments needs parentheses.
class A(object, x for x in range(3)):
    pass

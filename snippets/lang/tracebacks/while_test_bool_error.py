# A __bool__ failing in a while test is reported at the last comparison jumped on before it (CPython 3.11), or at the statement
class A:
    n = 0

    def __bool__(self):
        A.n += 1
        return True if A.n < 2 else "s"


a = A()
m = 0
while m < 5 and m > -1 and a:
    m += 1

# Closures capture variables, not values; late binding in loops.
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

# Comprehension scopes: the loop variable does not leak; class-body scope rules.
y = 10
print([y * i for i in range(3)])
print([i for i in range(3)])
try:
    i
except NameError as e:
    print("NameError:", e)

def f():
    base = 100
    return [base + k for k in range(3)]
print(f())

def make():
    return [lambda: k for k in range(3)]
print([fn() for fn in make()])

class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
print(C.doubled)
print([[j for j in range(i)] for i in range(4)])

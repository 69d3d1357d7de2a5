# Scopes of generator expressions: closures, class bodies, walrus targets and late binding.
def late():
    n = 1
    g = (x + n for x in range(3))
    n = 100
    return list(g)
print(late())

def per_row():
    rows = [(x * k for x in range(3)) for k in range(3)]
    return [list(r) for r in rows]
print(per_row())

class Config:
    scale = 5
    items = [1, 2]
    doubled = list(x * 2 for x in items)
    try:
        scaled = list(x * scale for x in items)
    except NameError as e:
        print("NameError:", e)
print(Config.doubled)

print(list((last := x) * 2 for x in range(3)), last)
def walrus():
    total = sum((seen := v) for v in [3, 4])
    return total, seen
print(walrus())

funcs = list(lambda: x for x in range(3))
print([f() for f in funcs])
makers = [lambda: k for k in range(3)]
print([m() for m in makers])
nested = ((i, j) for i in range(3) if i != 1 for j in (k * i for k in range(2)))
print(list(nested))
x = "outer x"
print(list(x for x in "ab"), x)

# Decorator calls follow the call rules.
@print(x for x in range(3), 1)
def f():
    pass

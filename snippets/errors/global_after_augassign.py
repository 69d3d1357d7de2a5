# An augmented assignment only stores, to the symbol table.
def f():
    x += 1
    global x

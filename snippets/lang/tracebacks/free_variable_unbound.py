# Reading a closure variable before the enclosing function binds it: NameError (with its name and a suggestion), not UnboundLocalError
def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e.name, e)
    def local_cell():
        print(total)
        total = 1
        return lambda: total
    try:
        local_cell()
    except NameError as e:
        print(type(e).__name__, e)
    r = inner()
    value = 3
    return r

outer()

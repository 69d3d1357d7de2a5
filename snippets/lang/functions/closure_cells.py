# f.__closure__ holds cell objects (cell_contents reads and writes the shared variable); co_freevars/co_cellvars name them
def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c = make_counter()
print(c(), c())
cell = c.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 10
print(c())
print(make_counter.__closure__, (lambda: 0).__closure__)
print(make_counter.__code__.co_cellvars, c.__code__.co_freevars)


def outer(a):
    b = 2

    def mid():
        z = a

        def inner():
            return b + z

        return inner

    return mid


print(outer.__code__.co_cellvars, outer(1).__code__.co_freevars, outer(1).__code__.co_cellvars)
print(outer(1)().__code__.co_freevars, outer(1)()())


def late():
    def get():
        return value

    cells = get.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = "set"
    return cells[0].cell_contents


print(late())

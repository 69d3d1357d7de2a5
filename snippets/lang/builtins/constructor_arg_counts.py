# Built-in constructors called with too many arguments: dict, slice, list, tuple, set, float, bool, range
for code in ["dict({}, {})", "dict([('a', 1)], [('b', 2)], x=1)", "slice()", "slice(1, 2, 3, 4)", "list([], [])",
             "tuple(1, 2)", "set([], [])", "frozenset(1, 2)", "float(1, 2)", "bool(1, 2)", "range()", "range(1, 2, 3, 4)"]:
    try:
        print(code, eval(code))
    except TypeError as e:
        print(code, "->", e)

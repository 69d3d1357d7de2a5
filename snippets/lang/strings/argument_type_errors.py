# Argument type errors of str methods: clinic-checked arguments call None "None"; startswith checks its prefix even past the end; str * non-index raises
cases = [
    "'a'.removeprefix(None)", "'a'.replace(None, 'b')", "'a'.replace('a', 1)", "'a'.find(None)", "'a'.partition(None)",
    "format(1, None)", "(1).__format__(None)", "'a'.__format__(1)", "str.maketrans(None, 'a')", "str.maketrans('a', None)",
    "'abc'.startswith(1, 10)", "'abc'.endswith(None, 5)", "'abc'.startswith(('x', 1), 10)", "'abc'.startswith('a', 10)",
    "'ab'.__mul__('a')", "'ab'.__rmul__(None)", "'ab'.__mul__(True)",
]
for c in cases:
    try:
        print(c, repr(eval(c)))
    except TypeError as e:
        print(c, "->", e)

# help() of built-in types prints CPython's pages.
for t in (int, float, complex, list, dict, set, range, slice, memoryview, property, bool):
    help(t)

# An import binds apart from assignments in CPython's symbol table: `global` after it is no error, after an assignment it is
def f():
    import os
    global os
    return os.sep

print(f())
print(os.sep)
try:
    exec("def g():\n    import sys\n    sys = 1\n    global sys\n")
except SyntaxError as e:
    print(e.msg, e.lineno)

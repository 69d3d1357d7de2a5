# global/nonlocal declarations CPython's symbol table refuses (checked through compile()); a valid nonlocal counter
cases = [
    "def f():\n    nonlocal x\n    x = 1",
    "def f(a):\n    global a",
    "def f(*args):\n    nonlocal args",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    nonlocal x",
    "def f():\n    def g():\n        nonlocal zz\n    return g",
    "class C:\n    nonlocal x",
    "nonlocal x",
    "def f():\n    global x\n    x = 1\n    global x",
    "def f():\n    x = 0\n    def g():\n        def h():\n            nonlocal x\n            x = 5\n        h()\n    g()\n    return x\nprint(f())",
]
for src in cases:
    try:
        exec(compile(src, '<case>', 'exec'))
        print('ok')
    except SyntaxError as e:
        print(f'{e.msg} (line {e.lineno}, offset {e.offset}-{e.end_offset})')
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
b = counter()
print(b(), b())

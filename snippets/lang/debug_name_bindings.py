# Every way of binding __debug__ is a SyntaxError from CPython's compiler,
# located where it stands when it refuses; attribute updates and
# deletions pass.
srcs = ["def f(**__debug__): pass", "def f(*__debug__): pass", "def f(__debug__): pass", "def f(__debug__=1): pass", "def f(*, __debug__): pass", "lambda __debug__: 1",
"f(__debug__=1)", "__debug__=1", "obj.__debug__ = 1", "(__debug__ := 1)", "del __debug__", "(a, __debug__, c) = (1, 2, 3)", "(a, *__debug__, c) = (1, 2, 3)",
"__debug__ : int", "__debug__ : int = 1", "import sys as __debug__", "from sys import path as __debug__", "[x for __debug__ in range(5)]", "for __debug__ in x: pass",
"with a as __debug__: pass", "class __debug__: pass", "def __debug__(): pass", "__debug__ += 1", "global __debug__", "obj.__debug__ += 1", "del obj.__debug__", "try: pass\nexcept E as __debug__: pass",
"import __debug__", "print(__debug__)", "x.__debug__", "match x:\n case __debug__: pass", "match x:\n case [*__debug__]: pass", "match x:\n case {**__debug__}: pass", "match x:\n case A(__debug__=1): pass", "match x:\n case 1 as __debug__: pass", "nonlocal __debug__", "def f(a, /, __debug__): pass"]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print(repr(s), "OK")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
srcs = ["x = lambda __debug__: 1", "x = f(1, __debug__=1) + 2", "if 1:\n    def g(a, b=2, *, __debug__=3): pass", "@dec\ndef f(__debug__): pass", "@dec\nclass __debug__: pass",
"x = 1; import a.b as __debug__", "try:\n    pass\nexcept (A, B) as __debug__:\n    x = 1", "match x:\n case [1, 2] as __debug__: pass", "match x:\n case (1 | 2) as __debug__: pass", "match x:\n case {'a': 1, **__debug__}: pass", "match x:\n case A(1, b=2, __debug__=[3, 4]): pass",
"def f(__debug__: int = 3, *args): pass", "class A:\n    def m(self, __debug__): pass", "def f():\n    __debug__ : int", "x = [lambda __debug__: 1 for y in z]", "f(**{'__debug__': 1})", "try:\n    pass\nexcept* E as __debug__:\n    pass"]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print(repr(s), "OK")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) fills its fields; str() and exc.__dict__ as CPython; raised uncaught it prints the file/line/caret block.
print(repr(str(SyntaxError('a','b','c'))))
class X(SyntaxError):
    def __init__(self, *a): pass
x = X('m', ('f', 1, 2, 't'))
print(x.msg, x.args, str(x))
class Y(SyntaxError): pass
y = Y('m', ('f', 1, 2, 't'))
print(y.msg, y.lineno, str(y))
e = SyntaxError('m', ('f.py', 'two', 3, 't'))
print(str(e))
e = SyntaxError(5, ('f.py', 2, 3, 't'))
print(str(e))
e = SyntaxError('m', ['f.py', 2, 3, 't'])
print(str(e), e.args)
e = SyntaxError('m', ('a/b/f.py', True, 3, 't'))
print(str(e))
try:
    SyntaxError('m', (1,2,3,4,5,6,7))
except TypeError as t: print(t)
try:
    compile("x = = 1", "zz.py", "exec")
except SyntaxError as s:
    print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
    print(s.args)
e = SyntaxError("m", ("f.py", 2, 3, "t"))
print(e.__dict__, vars(e))
try:
    compile("x = = 1", "zz.py", "exec")
except SyntaxError as s:
    print(s.__dict__)
e = ValueError("x")
e.foo = 1
print(e.__dict__)
class E(Exception): pass
x = E()
x.a = 2
print(x.__dict__)
e = SyntaxError("m", ("f.py", 2, 3, "text", 2, 5))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(str(e), repr(e), e.args)
e2 = SyntaxError("m", ("f.py", 2, 3, "text"))
print(e2.msg, e2.filename, e2.lineno, e2.offset, e2.text, e2.end_lineno, e2.end_offset, str(e2))
e3 = SyntaxError("only")
print(e3.msg, e3.filename, e3.lineno, str(e3))
e4 = SyntaxError()
print(e4.msg, str(e4), repr(e4))
e5 = SyntaxError("m", ("f.py", 2, None, None))
print(str(e5))
e6 = SyntaxError("m", (None, 2, 3, "x"))
print(str(e6))
e7 = SyntaxError("m", ("dir/f.py", None, 3, "x"))
print(str(e7))
try:
    SyntaxError("m", ("f.py", 2))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    SyntaxError("m", 5)
except Exception as ex:
    print(type(ex).__name__, ex)
e8 = IndentationError("ind", ("g.py", 1, 1, "  x\n"))
print(str(e8), e8.text)
e.msg = "changed"
print(str(e))
raise SyntaxError("m", ("f.py", 2, 3, "text here\n", 2, 5))

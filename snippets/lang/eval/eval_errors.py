# eval/exec argument errors and SyntaxErrors, as CPython words them.
def show(f, *args, **kw):
    try:
        f(*args, **kw)
    except (TypeError, ValueError, SyntaxError, NameError) as e:
        print(f"{type(e).__name__}: {e}")


show(eval, 1)
show(exec, None)
show(eval, "1", 1)
show(eval, "1", {}, 1)
show(eval, "1", [], {})
show(exec, "1", 1)
show(exec, "1", {}, 1)
show(eval)
show(exec)
show(eval, "1", {}, {}, 1)
show(exec, "1", {}, {}, 1)
show(eval, "1", globals={})
show(exec, "1", locals={})
show(exec, "1", closure=(1,))
show(exec, "pass", closure=None)
show(globals, 1)
show(locals, 1)
show(eval, "1 +")
show(exec, "1 +")
show(eval, "")
show(eval, "x = 1")
show(eval, "1; 2")
show(eval, "a\0b")
show(eval, b"\xff")
show(exec, "if True:\nprint(1)")
show(exec, "  x = 1")
show(eval, "undefined_name")
try:
    exec("(1,\n2,,)")
except SyntaxError as e:
    print(e.args)
    print(e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
eval("1 +* 2")

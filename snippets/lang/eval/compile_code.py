# compile() checks syntax and returns a code object that exec/eval run.
c = compile("x * 2", "calc.py", "eval")
print(type(c).__name__, c.co_filename, eval(c, {"x": 21}))
s = compile("y = 5\nprint('y is', y)", "<script>", "exec")
ns = {}
print(exec(s, ns), ns["y"], eval(s, {}))
exec(compile("6 * 7", "<single>", "single"))
exec(compile("None", "<single>", "single"))
for bad in [("1", "f", "other"), (1, "f", "exec")]:
    try:
        compile(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    compile("1 +", "broken.py", "exec")
except SyntaxError as e:
    print(e, e.filename)

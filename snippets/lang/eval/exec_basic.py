# exec() of statements: definitions land in the namespace; the result is None.
print(exec("a = 1\nb = a + 1"))
print(a, b)
exec("def double(n):\n    return n * 2\n")
print(double(21))
ns = {}
exec("def inc(n):\n    return n + step\nstep = 5\nprint('inside', inc(1))", ns)
print(ns["inc"](10), ns["step"], sorted(k for k in ns if k != "__builtins__"))
ns["step"] = 100
print(ns["inc"](10))
exec("for i in range(3):\n    total = total + i", ns | {"total": 0})
exec("import math\nroot = math.sqrt(81)", ns)
print(ns["root"], "math" in ns)
code = "class Point:\n    def __init__(self, x):\n        self.x = x\np = Point(7)"
exec(code, ns)
print(ns["p"].x, type(ns["p"]).__name__)
exec("'''A docstring.'''\nz = 1", ns)
print(ns["__doc__"])
exec(b"print('from bytes')")
exec("global_from_exec = 'g'", None)
print(global_from_exec)
exec("")
exec("pass", {}, None)

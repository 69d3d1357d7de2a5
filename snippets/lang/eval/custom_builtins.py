print(eval("abs(-2)", {"__builtins__": {"abs": abs}}))
print(eval("x + 1", {"__builtins__": None, "x": 1}))
try:
    eval("len([])", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
try:
    exec("import os", {"__builtins__": {}})
except ImportError as e:
    print("ImportError:", e)
g = {"__builtins__": {"print": print}}
exec("def f(): return len('a')\nprint('in exec')\nf()", g)

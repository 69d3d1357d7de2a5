# The SyntaxErrors CPython gives for except*: no type, mixed except and except*, and break/continue/return leaving an except* block.
sources = [
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept *:\n    pass\n",
    "try:\n    pass\nexcept*\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept  *  TypeError as e:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept:\n    pass\nexcept* TypeError:\n    pass\n",
    "try: pass\nexcept ValueError: pass\nexcept* TypeError: pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept *ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\npass\n",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        if i:\n            continue\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "try:\n    pass\nexcept* ValueError:\n    return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 5\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return -1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return f(1, 2)\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1, (2, -3)\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1, x\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return (a +\n            b)\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return (\n            1)\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        except E:\n            return g()\n",
]
for src in sources:
    try:
        compile(src, "example.py", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r} at line {e.lineno}, columns {e.offset}-{e.end_offset}")
    else:
        print("compiled")

allowed = """
def f(items):
    for item in items:
        try:
            pass
        except* ValueError:
            for x in item:
                break
            else:
                pass
            def inner():
                return 1
            class C:
                def m(self):
                    return 2
            lambda: 3
    return 0
"""
compile(allowed, "allowed.py", "exec")
print("loops, functions and classes inside an except* block may break and return")

try:
    compile("def f():\n    try:\n        pass\n    except* E:\n        return 1\n", "<string>", "exec")
except SyntaxError as e:
    print("from a string, no source text:", e.text)

# __debug__ is the constant True and cannot be rebound; return in a class body and unpacking in a comprehension are SyntaxErrors
print(__debug__, type(__debug__))
if __debug__:
    print("debug on")
sources = [
    "__debug__ = 1",
    "del __debug__",
    "__debug__ += 1",
    "for __debug__ in x: pass",
    "x.__debug__ = 1",
    "(__debug__ := 1)",
    "a, __debug__ = 1, 2",
    "with x as __debug__: pass",
    "class A:\n    return 1",
    "[*a for a in b]",
]
for src in sources:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(f"{e.msg!r:55} line={e.lineno} offset={e.offset} end={e.end_offset} text={e.text!r}")
exec("class B:\n    return 2")

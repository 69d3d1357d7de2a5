# Lines CPython prints without the group margin: a message's second line, a SyntaxError's source and caret, "[Previous line repeated...]"; notes of every shape.
def recurse(n):
    if n == 0:
        raise KeyError("deep")
    recurse(n - 1)


try:
    compile("x = (", "fake.py", "exec")
except SyntaxError as e:
    syntax = e
try:
    recurse(10)
except KeyError as e:
    repeated = e
two_lines = ValueError("line one\nline two")
two_lines.add_note("first\nsecond\n")
two_lines.add_note("")
two_lines.add_note("last")
chars = TypeError("notes as a string")
chars.__notes__ = "abc"
odd = OSError("odd notes")
odd.__notes__ = [1, "two"]
unlisted = IndexError("notes not a sequence")
unlisted.__notes__ = 42
try:
    raise ExceptionGroup("inner\nmessage", [two_lines])
except ExceptionGroup as e:
    inner = e
raise ExceptionGroup("outer", [syntax, repeated, inner, chars, odd, unlisted])

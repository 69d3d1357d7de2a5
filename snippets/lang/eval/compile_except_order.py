# The compiler checks a bare `except:` comes last, after the try body.
for src in [
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    pass\nexcept:  pass\nexcept: pass\n",
    "try:\n    return\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept:\n    pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# The compiler's checks of `from __future__` imports: they must come first (after a docstring), name a known feature, and braces are not a chance
sources = [
    "x = 1\nfrom __future__ import annotations",
    "import __future__\nfrom __future__ import annotations",
    "def f():\n    from __future__ import annotations",
    "from __future__ import braces",
    "from __future__ import spam, annotations",
    "from __future__ import (division, nope)",
    '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import division, generator_stop\nx = 1',
]
for src in sources:
    try:
        compile(src, "<snippet>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
exec("from __future__ import braces")

# The parser's messages for match patterns: positional patterns after keyword ones, and '_' as an 'as' target.
import traceback

sources = [
    "match x:\n    case P(x=1, 2):\n        pass\n",
    "match x:\n    case P(a, x=1, b, y=2):\n        pass\n",
    "match x:\n    case P(x=1, a.b, c):\n        pass\n",
    "match x:\n    case P(x=1, y=[a, b], c):\n        pass\n",
    "match x:\n    case P(x=1, a) if (y as _):\n        pass\n",
    "match x:\n    case (z as _):\n        pass\n",
    "match x:\n    case {'a': 1} as _:\n        pass\n",
    "match x:\n    case [1, 2] as _:\n        pass\n",
    "match x:\n    case 1 | (y as _):\n        pass\n",
    "match x:\n    case [a as _, P(x=1, 2)]:\n        pass\n",
    "match x:\n    case [Q(y=3, 4), a as _]:\n        pass\n",
    "match x:\n    case P(x=1, y=2):\n        pass\n    case _:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(e)), end="")
exec(sources[0])

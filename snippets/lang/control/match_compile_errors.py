# The errors CPython's compiler finds in match patterns: unreachable patterns, names bound twice or not by every alternative, two stars, repeated keys or attributes, complex literals
sources = [
    "match x:\n    case 1:\n        pass\n    case y:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case 1 | _ | 2:\n        pass\n",
    "match x:\n    case (_ as z) if z:\n        pass\n    case [_, y]:\n        pass\n    case (1 | y):\n        pass\n",
    "match x:\n    case Point(x=_, y=zz) | zz:\n        pass\n    case 3:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case [a, (1 as a)]:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case {'k': q, **q}:\n        pass\n",
    "match x:\n    case [a, [1, b] | [b, 2], {'k': a}]:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {'k': [1, 2], **a} | {'j': a, 'l': 3} | [a, 3]:\n        pass\n",
    "match x:\n    case [a, C(b, z=[1, 2])] | [a, C(c)]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {-1: _, -1: _}:\n        pass\n",
    "match x:\n    case {'a\\n': _, \"a\\n\": _}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case -1j + 2:\n        pass\n",
    "match x:\n    case {'a': _, **_}:\n        pass\n",
    "match x:\n    case (a | b) | c:\n        pass\n",
    "match x:\n    case [y, *_] if y:\n        pass\n    case y:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
exec(sources[0])

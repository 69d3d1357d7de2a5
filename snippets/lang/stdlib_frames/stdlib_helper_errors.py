# Errors raised inside textwrap.dedent/indent, json.load, dataclasses'
# fields/replace, typing's TypeVar and aliases and functools.wraps show
# CPython's frames and messages.
import dataclasses
import functools
import json
import textwrap
import traceback
import typing


@dataclasses.dataclass
class Point:
    x: int
    y: int = dataclasses.field(default=0, init=False)


cases = [
    lambda: textwrap.dedent(5),
    lambda: textwrap.indent(None, "  "),
    lambda: json.load(5),
    lambda: dataclasses.fields(5),
    lambda: dataclasses.replace(5),
    lambda: dataclasses.replace(Point(1), y=2),
    lambda: dataclasses.replace(Point(1), z=2),
    lambda: typing.TypeVar("T", int),
    lambda: typing.TypeVar("T", int, str, bound=int),
    lambda: typing.List[int](),
    lambda: functools.wraps(len)(),
    lambda: functools.update_wrapper(),
]
for case in cases:
    try:
        case()
    except Exception:
        traceback.print_exc()
print(textwrap.dedent("  a\n   b\n  \n"), textwrap.indent("x\n\ny", "> "))
typing.Dict[str, int]()

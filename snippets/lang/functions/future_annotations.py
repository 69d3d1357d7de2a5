"""Postponed annotations: under `from __future__ import annotations` every annotation is kept as its normalised text and never evaluated, so forward references and undefined names are fine."""
from __future__ import annotations
import __future__
from typing import Optional, Dict


def f(a: int, b: "Node" = None, *args: str, c: Dict[str,int] = {}, **kw: Undefined) -> list[int]:
    return [a]


class Node:
    parent: Optional[Node]
    children: list[Node] = []
    weight: int | None | float
    data: dict[str, tuple[int, ...]]
    mixed: Callable[[int, str], bool]
    expr: 1 + 2 * (3 - x) ** -y
    call: field(default = 3, *rest, **more)
    attr: typing.List[()]
    one: Tuple[int,]
    text: "it's"
    lam: lambda x: x


print(f(1), f.__annotations__)
for k, v in Node.__annotations__.items():
    print(k, repr(v))
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names[-2:], __future__.CO_FUTURE_ANNOTATIONS)

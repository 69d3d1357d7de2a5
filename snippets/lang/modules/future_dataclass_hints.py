# from __future__ import annotations with dataclasses: ClassVar is recognised from its text, and get_type_hints evaluates the strings back
from __future__ import annotations
from dataclasses import dataclass, field
from typing import ClassVar, get_type_hints
@dataclass
class P:
    x: int
    y: list[int] = field(default_factory=list)
    count: ClassVar[int] = 0
print(P(1), P.__dataclass_fields__.keys())
print(get_type_hints(P))

# A dataclass refused at decoration time (a field without a default after
# one with it, a mutable default) and asdict() of a non-dataclass show
# CPython's dataclasses.py lines.
import traceback
from dataclasses import asdict, dataclass

try:

    @dataclass
    class Order:
        a: int = 0
        b: int
except TypeError:
    traceback.print_exc()

try:
    asdict(5)
except TypeError:
    traceback.print_exc()


@dataclass
class Bag:
    items: list = []

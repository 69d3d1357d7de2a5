# Frames in functools, enum and string helpers carry CPython's line numbers
# and source lines.
import traceback
from enum import Enum, unique
from functools import cached_property, total_ordering
from string import Template


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


print(Version("1.0") >= Version("0.9"))
try:
    Version("1.0") > "1.0"
except AttributeError:
    traceback.print_exc()


class Data:
    @cached_property
    def total(self):
        return sum([1, "a"])


try:
    Data().total
except TypeError:
    traceback.print_exc()

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError:
    traceback.print_exc()

t = Template("$who likes ${what}")
print(t.substitute(who="tim", what="tea"), t.safe_substitute(who="x"))
try:
    Template("cost: $").substitute()
except ValueError:
    traceback.print_exc()
t.substitute(who="a")

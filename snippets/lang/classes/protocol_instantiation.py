# Protocol classes refuse instances; concrete subclasses get their __init__.
from typing import Protocol


class Closer(Protocol):
    def close(self): ...


class File(Closer):
    def __init__(self, name):
        self.name = name

    def close(self):
        return "closed " + self.name


class Plain(Closer):
    def close(self):
        return "plain"


print(File("a").close(), Plain().close())
try:
    class Twice(object, object):
        pass
except TypeError as e:
    print(e)
Closer()

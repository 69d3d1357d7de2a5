# weakref.ref's argument count and the objects it refuses, as CPython words them.
import weakref


class Slotted:
    __slots__ = ("a",)


class SlottedChild(Slotted):
    __slots__ = ()


class Open(Slotted):
    pass


class WithWeakref:
    __slots__ = ("__weakref__",)


for args in [(), (Open(), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(e)
for cls in [Slotted, SlottedChild, Open, WithWeakref]:
    try:
        weakref.ref(cls())
        print("ok", cls.__name__)
    except TypeError as e:
        print(e)
weakref.ref(1)

# Cycles that run through itemgetter/methodcaller objects are collected;
# weak references reach instances of str/list/dict subclasses (not int/tuple/bytes ones).
import gc
import operator
import weakref


class Box:
    pass


makers = [
    ("itemgetter", lambda box: operator.itemgetter(box, 1)),
    ("methodcaller args", lambda box: operator.methodcaller("go", box)),
    ("methodcaller kwargs", lambda box: operator.methodcaller("go", target=box)),
]
for label, make in makers:
    box = Box()
    box.getter = make(box)
    ref = weakref.ref(box)
    del box
    freed = gc.collect()
    print(label, ref() is None, freed >= 2)


class Text(str):
    pass


class Items(list):
    pass


class Table(dict):
    pass


class Number(int):
    pass


class Pair(tuple):
    pass


class Raw(bytes):
    pass


for cls, arg in [(Text, "hi"), (Items, [1]), (Table, {1: 2}), (Number, 5), (Pair, (1, 2)), (Raw, b"x")]:
    obj = cls(arg)
    try:
        ref = weakref.ref(obj)
    except TypeError as e:
        print(cls.__name__, "refused:", e)
        continue
    print(cls.__name__, ref() is obj, ref() == arg)
    del obj
    print(cls.__name__, "after del:", ref())

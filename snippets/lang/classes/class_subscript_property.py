# Subscripting classes: subclasses of list/dict get generic aliases, others "type 'X' is not subscriptable"; @classmethod over @property is a class property
class Stack(list):
    pass


class Table(dict):
    pass


class Plain:
    pass


class Meta(type):
    pass


print(Stack[int], Table[str, int], Stack[int].__origin__, Table[str, int].__args__)
for code in ["Plain[int]", "Meta[int]", "int[str]", "Plain()[0]"]:
    try:
        eval(code)
    except TypeError as e:
        print(code, "->", e)


class Registry:
    _items = ["a", "b"]

    @classmethod
    @property
    def size(cls):
        return len(cls._items)


class Small(Registry):
    _items = ["z"]


class Tagged:
    def __get__(self, obj, owner):
        return f"{type(obj).__name__} via {owner.__name__}"


class Holder:
    tag = classmethod(Tagged())


print(Registry.size, Small.size, Registry().size, Holder.tag, Holder().tag)

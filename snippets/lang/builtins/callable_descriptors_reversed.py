# callable() of method descriptors and static methods; list.__reversed__ and dict.__reversed__
print(callable(staticmethod(len)), callable(classmethod(len)), callable(property()), callable(int.__add__), callable(str.upper), callable(dict.fromkeys))
print(list([1, 2].__reversed__()), list({"a": 1, "b": 2}.__reversed__()), type({1: 2}.__reversed__()).__name__)
print(hasattr((1,), "__reversed__"), hasattr("a", "__reversed__"), hasattr([], "__reversed__"))
try:
    [].__reversed__(1)
except TypeError as e:
    print(e)
class L(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(L([1]))), list(super(L, L([1, 2])).__reversed__()))

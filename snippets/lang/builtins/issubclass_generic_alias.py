class A: pass
class B(A): pass
print(issubclass(list[int], list), issubclass(list[int], object), issubclass(dict[str, int], dict))
print(issubclass(B[int] if hasattr(B, '__class_getitem__') else list[int], A))
import collections.abc
print(issubclass(list[int], collections.abc.Sequence) if False else '-')
try:
    issubclass(list, list[int])
except TypeError as e:
    print(e)

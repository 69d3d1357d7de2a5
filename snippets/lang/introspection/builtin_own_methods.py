# Methods of built-in types that no operator stands for: __sizeof__,
# __getnewargs__, __class_getitem__, __getformat__, __alloc__, __dir__,
# and the data descriptors on the types (int.real, range.start...).
import sys

for x in [[], [1, 2, 3], (1, 2), (), {}, {1: 2}, set(), frozenset({1}), "abc",
          "\xe9", b"ab", bytearray(b"ab"), 5, 2**100, 1.5, 1j, range(3), None,
          object()]:
    print(type(x).__name__, x.__sizeof__(), sys.getsizeof(x) - x.__sizeof__())

class A:
    pass

class B:
    __slots__ = ("a", "b")

print(A().__sizeof__(), B().__sizeof__())
print(list.__sizeof__([1]), int.__sizeof__, str.__sizeof__, object.__sizeof__)
try:
    [].__sizeof__(1)
except TypeError as e:
    print("TypeError:", e)

print((5).__getnewargs__(), (1.5).__getnewargs__(), "ab".__getnewargs__(),
      b"ab".__getnewargs__(), (1, 2).__getnewargs__(), (1+2j).__getnewargs__(),
      True.__getnewargs__())
print(int.__getnewargs__)

print(list.__class_getitem__(int), dict.__class_getitem__((str, int)),
      tuple.__class_getitem__(int), set.__class_getitem__(int),
      frozenset.__class_getitem__(int))
print(type(list.__dict__["__class_getitem__"]).__name__, list.__dict__["__class_getitem__"])

class L(list):
    pass

print(L.__class_getitem__(int))

print(float.__getformat__("double"), float.__getformat__("float"))
for arg in ("x", 1):
    try:
        float.__getformat__(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(bytearray(b"ab").__alloc__(), bytearray().__alloc__())
print(bytearray.__reduce__.__doc__)
print(sorted(object().__dir__()) == sorted(dir(object())), object.__dir__)

print(int.real, int.real.__get__(5), int.imag.__get__(5), int.numerator.__get__(5),
      int.denominator.__get__(5), int.real.__name__, int.real.__objclass__)
print(float.real.__get__(1.5), float.imag.__get__(1.5))
print(complex.real.__get__(1+2j), complex.imag, complex.real.__doc__)
print(range.start, range.start.__get__(range(2, 5)), slice.stop, memoryview.nbytes)
print(property.fget, OSError.errno, StopIteration.value, BaseException.args)
print(BaseException.__traceback__, BaseException.__suppress_context__)
try:
    int.real.__get__("x")
except TypeError as e:
    print("TypeError:", e)
try:
    int.real.__set__(5, 1)
except AttributeError as e:
    print("AttributeError:", e)
e = ValueError(1)
BaseException.args.__set__(e, (2, 3))
print(e.args, BaseException.args.__get__(e))
print(type(str.__dict__["maketrans"]).__name__, type(bytes.__dict__["center"]).__name__)
print(type(int.__dict__["from_bytes"]).__name__, bool.from_bytes(b"\x01", "big"))

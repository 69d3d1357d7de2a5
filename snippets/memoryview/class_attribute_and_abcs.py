# A memoryview knows its __class__, so the collections.abc checks that read it work: a view is a Sequence (not a MutableSequence), and so is what it iterates over
from collections.abc import Sequence, MutableSequence, Iterable, Hashable

m = memoryview(bytearray(b"abc"))
print(m.__class__, m.__class__ is type(m), m.cast("B").__class__)
print(isinstance(m, Sequence), isinstance(m, MutableSequence), isinstance(m, Iterable))
print(isinstance(m, Hashable), iter(m).__class__.__name__)
import array
a = array.array("i", [1, 2])
print(a.__class__, memoryview(a).__class__.__name__, isinstance(a, MutableSequence))
m.release()
print(m.__class__)

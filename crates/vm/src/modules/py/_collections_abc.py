"""Abstract Base Classes for containers (imported as collections.abc).

Each ABC recognises the built-in types registered with it and, for the
one-method protocols (Iterable, Sized, Hashable...), any class whose MRO
defines the methods; the collection ABCs give their subclasses the mixin
methods built on the abstract ones (Mapping.get from __getitem__...)."""

from abc import ABCMeta, abstractmethod
import sys

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
           "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
           "Reversible", "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]

__name__ = "collections.abc"


# The built-in types whose __hash__ is None in CPython (pyview's type
# dicts list a __hash__ for them).
_UNHASHABLE = (list, dict, set, bytearray, type({}.keys()), type({}.items()))


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method == "__hash__" and B in _UNHASHABLE:
                return NotImplemented
            if method in B.__dict__:
                if B.__dict__.get(method, True) is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _one_trick(*methods):
    # The __subclasshook__ of an ABC that a class satisfies by defining
    # `methods` (a None entry opts out, as `__hash__ = None` does).
    def __subclasshook__(cls, C):
        if cls is __subclasshook__.owner:
            return _check_methods(C, *methods)
        return NotImplemented
    return __subclasshook__


def _hooked(cls, hook):
    hook.owner = cls
    cls.__subclasshook__ = classmethod(hook)
    return cls


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


def _type_repr(obj):
    # How a type shows inside Callable[...] (typing's _type_repr).
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


class _CallableGenericAlias:
    """collections.abc.Callable[[args...], result]: its __args__ hold the
    argument types then the result (pyview's is not a subclass of
    types.GenericAlias, which it cannot subclass)."""

    __slots__ = ('__origin__', '__args__')

    def __new__(cls, origin, args):
        if not (isinstance(args, tuple) and len(args) == 2):
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        t_args, t_result = args
        if isinstance(t_args, (tuple, list)):
            args = (*t_args, t_result)
        elif t_args is not ...:
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {t_args}")
        self = object.__new__(cls)
        self.__origin__ = origin
        self.__args__ = args
        return self

    @property
    def __parameters__(self):
        return ()

    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return 'collections.abc.Callable[..., %s]' % _type_repr(self.__args__[1])
        return 'collections.abc.Callable[[%s], %s]' % (
            ', '.join(_type_repr(a) for a in self.__args__[:-1]),
            _type_repr(self.__args__[-1]))

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    # A union with it is typing's (pyview's types.UnionType takes types
    # and the built-in aliases only).
    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]


_CallableGenericAlias.__module__ = 'collections.abc'
_GenericAlias = type(list[int])
# The generic ABCs CPython makes subscriptable (their subclasses inherit it).
for _cls in (Awaitable, AsyncIterable, Iterable, Container):
    _cls.__class_getitem__ = classmethod(_GenericAlias)
Callable.__class_getitem__ = classmethod(_CallableGenericAlias)


for _cls, _methods in [(Hashable, ("__hash__",)), (Awaitable, ("__await__",)),
                       (Coroutine, ("__await__", "send", "throw", "close")),
                       (AsyncIterable, ("__aiter__",)),
                       (AsyncIterator, ("__anext__", "__aiter__")),
                       (Iterable, ("__iter__",)),
                       (Iterator, ("__iter__", "__next__")),
                       (Reversible, ("__reversed__", "__iter__")),
                       (Generator, ("__iter__", "__next__", "send", "throw", "close")),
                       (Sized, ("__len__",)), (Container, ("__contains__",)),
                       (Collection, ("__len__", "__iter__", "__contains__")),
                       (Callable, ("__call__",))]:
    _hooked(_cls, _one_trick(*_methods))
del _cls, _methods


class Set(Collection):
    """A finite, iterable container: the comparisons and the operators
    `& | - ^` come from __contains__, __iter__ and __len__."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        # A hash that does not depend on the order of the elements.
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """A Set with add() and discard(); remove, pop, clear and the in-place
    operators come from them."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


class Mapping(Collection):
    """A read-only mapping: get, keys, items, values, `in` and == come
    from __getitem__, __iter__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    #@line 772
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '{0.__class__.__name__}({0._mapping!r})'.format(self)

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """A Mapping with __setitem__ and __delitem__; pop, popitem, clear,
    update and setdefault come from them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    """A read-only sequence: iteration, `in`, reversed, index and count
    come from __getitem__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)

        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence with __setitem__, __delitem__ and insert; append,
    extend, pop, remove, reverse and += come from them."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


def _register(abc, *types):
    # The built-in types are recorded directly: ABCMeta.register's checks
    # would walk every ABC's subclasses for each of them, and none of
    # them can form a cycle with an ABC.
    abc._abc_impl.registry.extend(types)


_iterators = [type(iter(x)) for x in (b'', bytearray(), {}, {}.keys(), {}.values(),
                                      {}.items(), [], reversed([]), range(0),
                                      set(), '', (), zip(), map(len, ''),
                                      filter(None, ''), enumerate(''), reversed(range(0)))]
_register(Iterator, *_iterators)
_register(Generator, type((lambda: (yield))()))


async def _coro(): pass
_coro = _coro()
_register(Coroutine, type(_coro))
_coro.close()  # (no "never awaited" warning)
del _coro


async def _ag(): yield
_register(AsyncGenerator, type(_ag()))
del _ag
_register(Callable, type(len), type(_register), type([].append), type)
_register(Hashable, int, float, complex, str, bytes, tuple, frozenset, range,
          bool, type(None), type, memoryview)
_register(Sized, list, tuple, str, bytes, bytearray, dict, set, frozenset, range,
          memoryview, type({}.keys()), type({}.values()), type({}.items()))
_register(Container, list, tuple, str, bytes, bytearray, dict, set, frozenset, range,
          memoryview, type({}.keys()), type({}.values()), type({}.items()))
_register(Iterable, list, tuple, str, bytes, bytearray, dict, set, frozenset, range,
          memoryview, type({}.keys()), type({}.values()), type({}.items()))
_register(Reversible, list, tuple, str, bytes, bytearray, dict, range, memoryview,
          type({}.keys()), type({}.values()), type({}.items()))
_register(Collection, list, tuple, str, bytes, bytearray, dict, set, frozenset, range,
          memoryview, type({}.keys()), type({}.values()), type({}.items()))
_register(Sequence, tuple, str, range, memoryview)
_register(ByteString, bytes, bytearray)
# CPython's array module registers its type as it initialises.
_register(MutableSequence, list, bytearray, __import__('array').array)
_register(Set, frozenset)
_register(MutableSet, set)
_register(Mapping, type(type.__dict__))
_register(MutableMapping, dict)
_register(KeysView, type({}.keys()))
_register(ValuesView, type({}.values()))
_register(ItemsView, type({}.items()))
del _iterators

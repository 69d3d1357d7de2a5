"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class that has it cannot be instantiated
    until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# pyview cannot subclass classmethod, staticmethod or property yet: the
# deprecated abstract variants are functions that return the built-in
# descriptor over a function marked abstract.
def abstractclassmethod(callable):
    """A classmethod that is also abstract (deprecated: stack the two
    decorators instead)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A staticmethod that is also abstract (deprecated: stack the two
    decorators instead)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is also abstract (deprecated: stack the two
    decorators instead)."""
    for function in (fget, fset, fdel):
        if function is not None:
            function.__isabstractmethod__ = True
            break
    return property(fget, fset, fdel, doc)


class _AbcState:
    # What an ABC knows about other classes: those registered as its
    # virtual subclasses, and the answers of past subclass checks, both
    # valid while the registration counter stays where it was.
    def __init__(self):
        self.registry = []
        self.cache = []
        self.negative_cache = []
        self.negative_version = ABCMeta._abc_invalidation_counter


def _contains(items, cls):
    for item in items:
        if item is cls:
            return True
    return False


def _abstract_names(cls, namespace, bases):
    names = set()
    for name, value in namespace.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of an ABC; returns the subclass,
        so that it can serve as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if _contains(cls._abc_impl.cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            state = cls._abc_impl
            if (state.negative_version == ABCMeta._abc_invalidation_counter
                    and _contains(state.negative_cache, subclass)):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if _contains(state.cache, subclass):
            return True
        if state.negative_version < ABCMeta._abc_invalidation_counter:
            state.negative_cache = []
            state.negative_version = ABCMeta._abc_invalidation_counter
        elif _contains(state.negative_cache, subclass):
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if answer:
                state.cache.append(subclass)
            else:
                state.negative_cache.append(subclass)
            return answer
        if _contains(getattr(subclass, '__mro__', ()), cls):
            state.cache.append(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.cache.append(subclass)
                return True
        for derived in cls.__subclasses__():
            if issubclass(subclass, derived):
                state.cache.append(subclass)
                return True
        state.negative_cache.append(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        state = cls._abc_impl
        print(f"_abc_registry: {set(state.registry)!r}", file=file)
        print(f"_abc_cache: {set(state.cache)!r}", file=file)
        print(f"_abc_negative_cache: {set(state.negative_cache)!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry = []

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache = []
        cls._abc_impl.negative_cache = []


def get_cache_token():
    """Returns the current ABC cache token: it changes with every
    registration of a virtual subclass."""
    return ABCMeta._abc_invalidation_counter


def update_abstractmethods(cls):
    """Recalculates the abstract methods of a class whose methods were
    changed after it was created; returns the class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that has ABCMeta as its metaclass: derive from it to
    make an abstract base class."""
    __slots__ = ()

"""Weak-reference support module.

pyview's _weakref: ref (ReferenceType), proxy (ProxyType,
CallableProxyType), getweakrefcount and getweakrefs, over the native
handles of _pyview_weakref (see its docs for what can be referenced and
when callbacks run). ref objects are instances of a Python class here,
so they have a __dict__ where CPython's have none.
"""

from _pyview_weakref import _handle, _owners


def _check_referenceable(ob):
    # An instance has a weak-reference slot unless every class of it
    # declares __slots__ without '__weakref__'.
    for klass in type(ob).__mro__[:-1]:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            return
        if isinstance(slots, str):
            slots = (slots,)
        if '__weakref__' in slots:
            return
    if type(ob).__mro__[:-1]:
        raise TypeError(
            f"cannot create weak reference to '{type(ob).__name__}' object")


class ReferenceType:
    """A weak reference: calling it gives the object, or None once dead."""

    def __new__(cls, *args):
        if not args:
            raise TypeError("__new__ expected at least 1 argument, got 0")
        if len(args) > 2:
            raise TypeError(
                f"__new__ expected at most 2 arguments, got {len(args)}")
        ob = args[0]
        callback = args[1] if len(args) == 2 else None
        _check_referenceable(ob)
        self = object.__new__(cls)
        self._h = _handle(ob, self, callback)
        self._callback = callback
        self._hash = None
        return self

    def __init__(self, ob, callback=None, /):
        pass

    def __call__(self):
        return self._h.get()

    @property
    def __callback__(self):
        # Cleared once the object has died, as CPython clears it.
        if self._h.get() is None:
            return None
        return self._callback

    @__callback__.setter
    def __callback__(self, value):
        raise AttributeError("readonly attribute")

    def __hash__(self):
        if self._hash is None:
            o = self()
            if o is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(o)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        o = self()
        if o is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(o, '__name__', None) if _names_itself(o) else None
        suffix = ' (%s)' % name if isinstance(name, str) else ''
        return "<weakref at %#x; to '%s' at %#x%s>" % (
            id(self), type(o).__name__, id(o), suffix)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _names_itself(o):
    # Whether o's type defines __name__ (functions, classes, modules...),
    # as CPython looks it up on the type, not the instance.
    for k in type(o).__mro__:
        if '__name__' in k.__dict__:
            return True
    return isinstance(o, type) or callable(o) and hasattr(o, '__code__')


ReferenceType.__module__ = 'weakref'
ref = ReferenceType


def _dead_proxy():
    raise ReferenceError("weakly-referenced object no longer exists")


class ProxyType:
    """A proxy: attribute access and operators go to the object."""

    def __init__(self, ob, callback=None):
        if callback is not None:
            def relay(_wr, self=self, callback=callback):
                callback(self)
        else:
            relay = None
        object.__setattr__(self, '_proxy_ref', ref(ob, relay))

    def _target(self):
        o = object.__getattribute__(self, '_proxy_ref')()
        if o is None:
            _dead_proxy()
        return o

    def __getattribute__(self, name):
        if name in ('_target', '__class__'):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '_target')(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_proxy_ref')()
        if o is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return '<weakproxy at %#x to %s at %#x>' % (
            id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(self._target())

    def __bool__(self):
        return bool(self._target())

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __next__(self):
        return next(self._target())

    def __contains__(self, item):
        return item in self._target()

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __delitem__(self, key):
        del self._target()[key]

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __eq__(self, other):
        return self._target() == _unwrap(other)

    def __ne__(self, other):
        return self._target() != _unwrap(other)

    def __lt__(self, other):
        return self._target() < _unwrap(other)

    def __le__(self, other):
        return self._target() <= _unwrap(other)

    def __gt__(self, other):
        return self._target() > _unwrap(other)

    def __ge__(self, other):
        return self._target() >= _unwrap(other)

    def __add__(self, other):
        return self._target() + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + self._target()

    def __sub__(self, other):
        return self._target() - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - self._target()

    def __mul__(self, other):
        return self._target() * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * self._target()

    def __truediv__(self, other):
        return self._target() / _unwrap(other)

    def __floordiv__(self, other):
        return self._target() // _unwrap(other)

    def __mod__(self, other):
        return self._target() % _unwrap(other)

    def __neg__(self):
        return -self._target()

    def __abs__(self):
        return abs(self._target())

    def __index__(self):
        return self._target().__index__()

    def __int__(self):
        return int(self._target())

    def __float__(self):
        return float(self._target())


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)


for _cls in (ProxyType, CallableProxyType):
    _cls.__module__ = 'weakref'
del _cls
ProxyTypes = (ProxyType, CallableProxyType)


def _unwrap(o):
    if isinstance(o, ProxyType):
        return o._target()
    return o


def proxy(ob, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


def getweakrefcount(ob, /):
    """Return the number of weak references to 'object'."""
    return len(_owners(ob))


def getweakrefs(ob, /):
    """Return a list of all weak reference objects pointing to 'object'."""
    return _owners(ob)


def _remove_dead_weakref(d, key, /):
    """Atomically remove key from dict if it points to a dead weakref."""
    r = d.get(key)
    if r is not None and r() is None:
        del d[key]

"""Shallow and deep copy operations: copy(x) and deepcopy(x)."""

import types as _types
from array import array as _array
from collections import deque as _deque, defaultdict as _defaultdict

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Values copy() and deepcopy() hand back as they are.
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, range,
           type, _types.FunctionType, _types.BuiltinFunctionType,
           type(Ellipsis), type(NotImplemented), _types.ModuleType,
           property)

# Built-in immutable types whose subclass instances are rebuilt from the
# plain value.
_IMMUTABLE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(cls) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if isinstance(x, _deque) and getattr(cls, "__copy__", None) is None:
        # deque.__copy__: a subclass is called as type(d)(d[, maxlen]).
        return cls(x) if x.maxlen is None else cls(x, x.maxlen)
    if cls is _defaultdict:
        return _defaultdict(x.default_factory, x)
    if isinstance(x, _array) and getattr(cls, "__copy__", None) is None:
        # array.__copy__: a plain array, whatever the subclass.
        return _array(x.typecode, x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple that met itself while its items were copied is in memo.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is _deque:
        y = _deque(maxlen=x.maxlen)
        memo[d] = y
        y.extend(deepcopy(item, memo) for item in x)
    elif cls is _defaultdict:
        y = _defaultdict(deepcopy(x.default_factory, memo))
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, _array) and getattr(cls, "__deepcopy__", None) is None:
        y = _array(x.typecode, x)
    elif cls in (set, frozenset, bytearray):
        y = cls(deepcopy(item, memo) for item in x) if cls is not bytearray else bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay referenced from the memo while it lives, so that
    # their ids are not reused for other objects.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _state_of(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    return _default_state(x)


def _default_state(x):
    # What object.__getstate__ gives: the instance dict (None when empty),
    # paired with the values of the __slots__ that are set, if any.
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return (state, slots) if slots else state


def _own_reduce(x):
    # The reduction a class defines itself (__reduce_ex__ or __reduce__),
    # which CPython's copy follows; None for object's default.
    for klass in type(x).__mro__:
        if klass is object:
            return None
        if "__reduce_ex__" in klass.__dict__:
            return x.__reduce_ex__(4)
        if "__reduce__" in klass.__dict__:
            return x.__reduce__()
    return None


def _set_state(y, state, memo):
    # A copy takes the original's state (copied too when deep): through
    # __setstate__, else into its __dict__ and, for a (dict, slots) pair,
    # its slots.
    if not state:
        return
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, "__setstate__"):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    rv = _own_reduce(x)
    if isinstance(rv, str):
        return x
    if rv is not None:
        func, args = rv[0], rv[1]
        state = rv[2] if len(rv) > 2 else None
        if deep and args:
            args = deepcopy(args, memo)
        y = func(*args)
        if deep:
            memo[id(x)] = y
        _set_state(y, state, memo)
        return y
    if hasattr(x, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, "__getnewargs__"):
        args, kwargs = x.__getnewargs__(), {}
    else:
        args, kwargs = (), {}
        for base in _IMMUTABLE_BASES:
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    _set_state(y, _state_of(x), memo)
    if isinstance(x, list) and not isinstance(y, tuple):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    elif isinstance(x, _deque):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    return y

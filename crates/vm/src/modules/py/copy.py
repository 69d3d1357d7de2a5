"""Shallow and deep copy operations: copy(x) and deepcopy(x).

Written from the documented behaviour, laid out so that the lines a
traceback can show sit at CPython's line numbers (`#@line` marks).
"""

#@line 51
import types
import weakref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls) or _native_copier(cls, "__copy__")
    if copier:
        #@line 76
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        #@line 84
        return copier(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        #@line 88
        rv = reductor(x)
    elif getattr(x, "__reduce_ex__", None) is not None:
        reductor = x.__reduce_ex__
        #@line 92
        rv = reductor(4)
    else:
        reductor = getattr(x, "__reduce__", None)
        if reductor:
            rv = reductor()
        else:
            raise Error("un(shallow)copyable object of type %s" % cls)
    if isinstance(rv, str):
        return x
    #@line 102
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


# The copiers by exact type.
_copy_dispatch = {t: _copy_immutable for t in (
    type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
    type, range, slice, property, types.BuiltinFunctionType,
    type(Ellipsis), type(NotImplemented), types.FunctionType, weakref.ref,
    types.CodeType)}
_copy_dispatch.update({list: list.copy, dict: dict.copy, set: set.copy,
                       bytearray: bytearray.copy})


#@line 128
def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    #@line 134
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls) or _native_copier(cls, "__deepcopy__")
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    elif getattr(x, "__deepcopy__", None) is not None:
        copier = x.__deepcopy__
        #@line 153
        y = copier(memo)
    else:
        reductor = dispatch_table.get(cls)
        if reductor:
            rv = reductor(x)
        elif getattr(x, "__reduce_ex__", None) is not None:
            reductor = x.__reduce_ex__
            #@line 161
            rv = reductor(4)
        else:
            reductor = getattr(x, "__reduce__", None)
            if reductor:
                rv = reductor()
            else:
                raise Error(
                    "un(deep)copyable object of type %s" % cls)
        if isinstance(rv, str):
            y = x
        else:
            y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = d = {t: _deepcopy_atomic for t in (
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, types.CodeType, type, range,
    types.BuiltinFunctionType, types.FunctionType, weakref.ref, property)}


#@line 201
def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list
#@line 210
def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple met again while its items were copied is in the memo.
    if id(x) in memo:
        return memo[id(x)]
    if all(a is b for a, b in zip(x, y)):
        return x
    return tuple(y)
d[tuple] = _deepcopy_tuple


#@line 227
def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict


#@line 237
def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
d[types.MethodType] = _deepcopy_method
del d


def _keep_alive(x, memo):
    # The originals stay referenced from the memo while it lives, so that
    # their ids are not reused for other objects.
    if id(memo) in memo:
        memo[id(memo)].append(x)
    else:
        memo[id(memo)] = [x]


#@line 259
def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# pyview: the built-in types whose copies CPython's C code makes itself
# (their __copy__/__deepcopy__ methods, which pyview's types lack).
from array import array as _array
from collections import deque as _deque, defaultdict as _defaultdict

_copy_dispatch[types.ModuleType] = _copy_immutable
_deepcopy_dispatch[types.ModuleType] = _deepcopy_atomic
_copy_dispatch[_defaultdict] = lambda x: _defaultdict(x.default_factory, x)


def _native_copier(cls, name):
    # deque.__copy__ (a subclass is called as type(d)(d[, maxlen])) and
    # array's __copy__/__deepcopy__ (a plain array, whatever the subclass),
    # unless the class defines its own.
    if getattr(cls, name, None) is not None:
        return None
    if issubclass(cls, _array):
        if name == "__copy__":
            return lambda x: _array(x.typecode, x)
        return lambda x, memo: _array(x.typecode, x)
    if issubclass(cls, _deque) and name == "__copy__":
        return lambda x: cls(x) if x.maxlen is None else cls(x, x.maxlen)
    return None
del types, weakref

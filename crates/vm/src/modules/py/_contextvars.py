"""Context variables (PEP 567): ContextVar, Token, Context and
copy_context, as CPython's C module `_contextvars` has them. A context's
mapping is replaced, never changed, on each `set`, so a copy taken by
`copy_context` keeps the values it had."""

_MISSING = object()


class _State:
    current = None


def _current():
    if _State.current is None:
        _State.current = Context()
    return _State.current


class Context:
    __slots__ = ("_data", "_entered", "_prev")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self._data = {}
        self._entered = False
        self._prev = None

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("run() missing 1 required positional argument")
        self, callable, *args = args
        if self._entered:
            raise RuntimeError(
                f"cannot enter context: {object.__repr__(self)} is already entered")
        self._prev = _current()
        self._entered = True
        _State.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _State.current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __repr__(self):
        return object.__repr__(self).replace("contextvars.Context", "_contextvars.Context", 1)

    @staticmethod
    def _check(var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")

    def __getitem__(self, var):
        self._check(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def __contains__(self, var):
        self._check(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        self._check(var)
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    __slots__ = ("_name", "_default")

    def __init__(self, *args, default=_MISSING):
        if len(args) != 1:
            raise TypeError(
                f"ContextVar() takes exactly 1 positional argument ({len(args)} given)")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_default", default)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token._make(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        data = dict(ctx._data)
        if token._old is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")

    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


def copy_context():
    return _current().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = "_contextvars"
del _cls

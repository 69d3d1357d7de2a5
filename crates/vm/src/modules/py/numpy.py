"""pyview's numpy: the part of NumPy 2.4 that buffer tutorials use.

Arrays of the fixed-size numeric dtypes (bool, int8..int64, uint8..uint64,
float32, float64) with any number of dimensions, kept in a bytearray and
seen through a memoryview of their format: `memoryview(a)` shares the
array's memory (writes through it change the array), `np.frombuffer`
shares the memory of any bytes-like object, basic slicing makes views.
Made by `array`, `asarray`, `arange`, `zeros`, `ones`, `empty`, `full`,
`frombuffer`, `linspace`; with `reshape`, `ravel`/`flatten`, `copy`,
`astype`, `fill`, `tolist`, `tobytes`, `sum`/`min`/`max`/`mean`/`prod`,
`argmin`/`argmax`, `nonzero`/`where`, element-wise arithmetic and
comparisons with broadcasting and NumPy 2's promotion rules (NEP 50),
in-place operators with the 'same_kind' casting check, integer and boolean
array indexing, printed as NumPy prints them (widths, line wrapping at 75
columns, `...` past 1000 items, `dtype=` and `shape=` in reprs).

Not here: strided views of more than one dimension as buffers, complex
and string dtypes, ufunc objects, random, linalg. Integer scalars are
subclasses of Python's int (NumPy's are not), with NumPy's wrap-around
arithmetic; float scalars subclass float as NumPy's do.

Invariant: an array is `_flat` (a 1-D memoryview of the dtype's format
over its whole base buffer), `_off` (the first item's index in it),
`shape` and `_st` (strides counted in items); the view consumers see is
kept in `__pyview_buffer__` when it can be made with memoryview's own
slicing and casting.
"""

import builtins as _b
import itertools as _itertools
import math as _math
import array as _array
import struct as _struct

__version__ = "2.4.6"

_bool = _b.bool
_int = _b.int
_float = _b.float
_abs = _b.abs
_min = _b.min
_max = _b.max
_sum = _b.sum


class generic:
    __slots__ = ()


class number(generic):
    __slots__ = ()


class integer(number):
    __slots__ = ()


class signedinteger(integer):
    __slots__ = ()


class unsignedinteger(integer):
    __slots__ = ()


class inexact(number):
    __slots__ = ()


class floating(inexact):
    __slots__ = ()


def _int_scalar(name, bits, signed):
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)

    def __new__(cls, value=0):
        v = _int(value)
        if not lo <= v <= hi:
            raise OverflowError("Python integer %d out of bounds for %s" % (v, name))
        return _int.__new__(cls, v)

    def __repr__(self):
        return "np.%s(%s)" % (name, _int.__repr__(self))

    def __str__(self):
        return _int.__repr__(self)

    span = hi - lo + 1

    def arith(sym, reflected):
        # One function per operator, the operator written out: these run
        # once per item in loops over arrays.
        x, y = ("o", "s") if reflected else ("s", "o")
        src = (
            "def method(self, other):\n"
            "    if other.__class__ is not int and (\n"
            "            not isinstance(other, int) or isinstance(other, bool)):\n"
            "        return NotImplemented\n"
            "    s = int(self)\n"
            "    o = int(other)\n"
            "    r = %s %s %s\n"
            "    if lo <= r <= hi:\n"
            "        return new(cls, r)\n"
            "    return new(cls, (r - lo) %% span + lo)\n" % (x, sym, y))
        env = {"lo": lo, "hi": hi, "span": span, "new": _int.__new__, "cls": None,
               "int": _int, "bool": _bool}
        exec(src, env)
        envs.append(env)
        return env["method"]

    envs = []
    ns = {"__slots__": (), "__new__": __new__, "__repr__": __repr__,
          "__str__": __str__, "__module__": "numpy"}
    for op_name, sym in (("add", "+"), ("sub", "-"), ("mul", "*"), ("floordiv", "//"),
                         ("mod", "%"), ("and", "&"), ("or", "|"), ("xor", "^")):
        ns["__%s__" % op_name] = arith(sym, False)
        ns["__r%s__" % op_name] = arith(sym, True)
    ns["__neg__"] = lambda self: _int.__new__(cls, (-_int(self) - lo) % span + lo)
    ns["__truediv__"] = lambda self, other: float64(_int(self) / other)
    ns["__rtruediv__"] = lambda self, other: float64(other / _int(self))
    base = signedinteger if signed else unsignedinteger
    cls = type(name, (_int, base), ns)
    for env in envs:
        env["cls"] = cls
    cls._range = (lo, hi)
    cls._from = _int.__new__
    return cls


int8 = _int_scalar("int8", 8, True)
int16 = _int_scalar("int16", 16, True)
int32 = _int_scalar("int32", 32, True)
int64 = _int_scalar("int64", 64, True)
uint8 = _int_scalar("uint8", 8, False)
uint16 = _int_scalar("uint16", 16, False)
uint32 = _int_scalar("uint32", 32, False)
uint64 = _int_scalar("uint64", 64, False)


def _f32(x):
    return _struct.unpack("f", _struct.pack("f", x))[0]


def _repr32(x):
    """The shortest digits that read back as the same float32."""
    if x != x or x in (_float("inf"), _float("-inf")):
        return _float.__repr__(x)
    for p in range(1, 10):
        s = "%.*g" % (p, x)
        if _f32(_float(s)) == x:
            return _float.__repr__(_float(s))
    return _float.__repr__(x)


class float64(_float, floating):
    __slots__ = ()
    __module__ = "numpy"

    def __repr__(self):
        return "np.float64(%s)" % _float.__repr__(self)

    def __str__(self):
        return _float.__repr__(self)


class float32(_float, floating):
    __slots__ = ()
    __module__ = "numpy"

    def __new__(cls, value=0.0):
        return _float.__new__(cls, _f32(_float(value)))

    def __repr__(self):
        return "np.float32(%s)" % _repr32(_float(self))

    def __str__(self):
        return _repr32(_float(self))


class bool_(generic):
    """NumPy's bool scalar: `np.True_` and `np.False_`."""
    __slots__ = ("_v",)
    __module__ = "numpy"

    def __new__(cls, value=False):
        return True_ if value else False_

    def __bool__(self):
        return self._v

    def __index__(self):
        return _int(self._v)

    __int__ = __index__

    def __repr__(self):
        return "np.True_" if self._v else "np.False_"

    def __str__(self):
        return "True" if self._v else "False"

    def __eq__(self, other):
        return self._v == other

    def __hash__(self):
        return hash(self._v)

    def __invert__(self):
        return bool_(not self._v)


float64._from = _float.__new__
float32._from = _float.__new__
bool_._from = staticmethod(lambda cls, v: True_ if v else False_)
True_ = object.__new__(bool_)
True_._v = True
False_ = object.__new__(bool_)
False_._v = False


class dtype:
    """An array's item type: its name, kind, size and struct format."""

    __module__ = "numpy"

    def __new__(cls, spec):
        d = _dtype_of(spec)
        if d is None:
            raise TypeError("data type %r not understood" % (spec,))
        return d

    def __repr__(self):
        return "dtype('%s')" % self.name

    def __str__(self):
        return self.name

    def __eq__(self, other):
        if isinstance(other, dtype):
            return self is other
        try:
            return _dtype_of(other) is self
        except TypeError:
            return False

    def __hash__(self):
        return hash(self.name)

    @property
    def itemsize(self):
        return self._size

    @property
    def char(self):
        return self._char

    @property
    def kind(self):
        return self._kind

    @property
    def type(self):
        return self._type


def _make_dtype(name, char, kind, size, scalar):
    d = object.__new__(dtype)
    d.name = name
    d._char = char
    d._kind = kind
    d._size = size
    d._type = scalar
    return d


_DTYPES = {}
for _n, _c, _k, _s, _t in (
    ("bool", "?", "b", 1, bool_),
    ("int8", "b", "i", 1, int8),
    ("int16", "h", "i", 2, int16),
    ("int32", "i", "i", 4, int32),
    ("int64", "l", "i", 8, int64),
    ("uint8", "B", "u", 1, uint8),
    ("uint16", "H", "u", 2, uint16),
    ("uint32", "I", "u", 4, uint32),
    ("uint64", "L", "u", 8, uint64),
    ("float32", "f", "f", 4, float32),
    ("float64", "d", "f", 8, float64),
):
    _DTYPES[_n] = _make_dtype(_n, _c, _k, _s, _t)
_BY_TYPE = {d._type: d for d in _DTYPES.values()}
_BY_TYPE.update({_bool: _DTYPES["bool"], _int: _DTYPES["int64"], _float: _DTYPES["float64"]})
_ALIASES = {"int": "int64", "float": "float64", "double": "float64", "single": "float32",
            "i1": "int8", "i2": "int16", "i4": "int32", "i8": "int64", "u1": "uint8",
            "u2": "uint16", "u4": "uint32", "u8": "uint64", "f4": "float32", "f8": "float64",
            "b1": "bool", "?": "bool", "b": "int8", "B": "uint8", "h": "int16", "H": "uint16",
            "i": "int32", "I": "uint32", "l": "int64", "L": "uint64", "q": "int64",
            "Q": "uint64", "f": "float32", "d": "float64", "bool_": "bool", "ubyte": "uint8",
            "byte": "int8", "short": "int16", "ushort": "uint16", "intc": "int32",
            "uintc": "uint32", "intp": "int64", "uintp": "uint64", "longlong": "int64"}


def _dtype_of(spec):
    if isinstance(spec, dtype):
        return spec
    if isinstance(spec, type):
        return _BY_TYPE.get(spec)
    if isinstance(spec, str):
        s = spec.lstrip("<=|")
        return _DTYPES.get(_ALIASES.get(s, s))
    if spec is None:
        return _DTYPES["float64"]
    raise TypeError("Cannot interpret '%r' as a data type" % (spec,))


bool = _DTYPES["bool"]._type
int_ = int64
intp = int64
uint = uint64
float_ = double = float64
single = float32
byte = int8
ubyte = uint8
short = int16
ushort = uint16
intc = int32
uintc = uint32
longlong = int64
pi = _math.pi
e = _math.e
inf = _float("inf")
nan = _float("nan")
newaxis = None


def _prod(xs):
    n = 1
    for x in xs:
        n *= x
    return n


def _c_strides(shape):
    st = []
    n = 1
    for d in reversed(shape):
        st.append(n)
        n *= d
    return tuple(reversed(st))


def _store(dt, v):
    """A Python value as the dtype's item (C casts for ints, wrap-around)."""
    k = dt._kind
    if k == "f":
        return _float(v)
    if k == "b":
        return _bool(v)
    if isinstance(v, _float):
        if v != v or v in (inf, -inf):
            return dt._type._range[0]
        v = _int(v)
    lo, hi = dt._type._range
    return (_int(v) - lo) % (hi - lo + 1) + lo


def _check_int(dt, v):
    """An int converted on array creation: out of range is an error."""
    if dt._kind in "iu" and isinstance(v, _int) and not isinstance(v, (_bool, bool_)):
        lo, hi = dt._type._range
        if not lo <= v <= hi:
            raise OverflowError("Python integer %d out of bounds for %s" % (v, dt.name))
    return _store(dt, v)


class ndarray:
    """An N-dimensional array of fixed-size items."""

    __module__ = "numpy"
    __hash__ = None

    def __init__(self, shape, dtype=None, buffer=None, offset=0):
        if isinstance(shape, _int):
            shape = (shape,)
        shape = tuple(_int(d) for d in shape)
        dt = _dtype_of(float64 if dtype is None else dtype)
        if buffer is None:
            buffer = bytearray(_prod(shape) * dt._size)
        mv = memoryview(buffer).cast("B")
        n = (len(mv) - offset) // dt._size
        flat = mv[offset:offset + n * dt._size].cast(dt._char)
        self._init(flat, 0, shape, _c_strides(shape), dt, buffer)

    def _init(self, flat, off, shape, st, dt, base):
        self._flat = flat
        self._off = off
        self.shape = shape
        self._st = st
        self.dtype = dt
        self._base = base
        self.__pyview_buffer__ = self._view()

    def _view(self):
        """The memoryview the array exports, when memoryview can make it."""
        size = _prod(self.shape)
        if len(self.shape) == 1:
            start = self._off
            step = self._st[0]
            stop = start + step * size
            if step < 0:
                stop = None if stop < 0 else stop
            return self._flat[start:stop:step] if size else self._flat[0:0]
        if self._st == _c_strides(self.shape) and size:
            part = self._flat[self._off:self._off + size]
            return part.cast("B").cast(self.dtype._char, self.shape)
        if not self.shape:
            return self._flat[self._off:self._off + 1].cast("B").cast(self.dtype._char, ())
        return None

    @staticmethod
    def _new(dt, shape, values):
        a = object.__new__(ndarray)
        if values is None:
            buf = bytearray(_prod(shape) * dt._size)
        else:
            buf = bytearray(_pack(dt, values))
        flat = memoryview(buf).cast(dt._char)
        a._init(flat, 0, shape, _c_strides(shape), dt, None)
        return a

    # ----- geometry -----
    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return _prod(self.shape)

    @property
    def itemsize(self):
        return self.dtype._size

    @property
    def nbytes(self):
        return self.size * self.dtype._size

    @property
    def strides(self):
        return tuple(s * self.dtype._size for s in self._st)

    @property
    def data(self):
        return memoryview(self)

    @property
    def base(self):
        return self._base

    @property
    def T(self):
        return self.transpose()

    def __len__(self):
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    # ----- items -----
    def _items(self):
        """The items in C order, as Python values."""
        size = _prod(self.shape)
        if not self.shape:
            return [self._flat[self._off]]
        if self._st == _c_strides(self.shape):
            return self._flat[self._off:self._off + size].tolist()
        f = self._flat
        return [f[p] for p in self._positions()]

    def _positions(self):
        return _walk(self._off, self.shape, self._st)

    def _items_to(self, shape):
        """The items as broadcast to `shape` (a shape it broadcasts to), in C order."""
        if shape == self.shape:
            return self._items()
        lead = len(shape) - len(self.shape)
        st = (0,) * lead + tuple(s if d != 1 else 0 for d, s in zip(self.shape, self._st))
        f = self._flat
        return [f[p] for p in _walk(self._off, shape, st)]

    def _scalar(self, v):
        return self.dtype._type(v)

    def tolist(self):
        items = self._items()
        if not self.shape:
            return items[0]
        return _nest(items, self.shape)

    def item(self, *args):
        if args:
            return self[args if len(args) > 1 else args[0]].item()
        if self.size != 1:
            raise ValueError("can only convert an array of size 1 to a Python scalar")
        return self._items()[0]

    def tobytes(self):
        return _pack(self.dtype, self._items())

    def __iter__(self):
        if not self.shape:
            raise TypeError("iteration over a 0-d array")
        if len(self.shape) == 1:
            t = self.dtype._type
            # Items are in range: made without the scalar type's checks.
            return _b.map(t._from, _itertools.repeat(t), self._items())
        return (self[i] for i in range(self.shape[0]))

    def _index(self, key):
        """Basic indexing: (item offset, shape, strides) of the result."""
        if not isinstance(key, tuple):
            key = (key,)
        if any(k is Ellipsis for k in key):
            i = key.index(Ellipsis)
            fill = len(self.shape) - (len(key) - 1 - key.count(None))
            key = key[:i] + (slice(None),) * fill + key[i + 1:]
        if len([k for k in key if k is not None]) > len(self.shape):
            raise IndexError(
                "too many indices for array: array is %d-dimensional, but %d were indexed"
                % (len(self.shape), len([k for k in key if k is not None])))
        off, shape, st, axis = self._off, [], [], 0
        for k in key:
            if k is None:
                shape.append(1)
                st.append(0)
                continue
            n = self.shape[axis]
            if isinstance(k, slice):
                start, stop, step = k.indices(n)
                shape.append(len(range(start, stop, step)))
                st.append(self._st[axis] * step)
                off += start * self._st[axis]
            else:
                try:
                    i = k.__index__()
                except AttributeError:
                    raise IndexError(_INDEX_KINDS) from None
                if not -n <= i < n:
                    raise IndexError("index %d is out of bounds for axis %d with size %d"
                                     % (i, axis, n))
                off += (i % n) * self._st[axis]
            axis += 1
        shape.extend(self.shape[axis:])
        st.extend(self._st[axis:])
        return off, tuple(shape), tuple(st)

    def __getitem__(self, key):
        if _is_advanced(key):
            pos, shape = self._select(key)
            f = self._flat
            return ndarray._new(self.dtype, shape, [f[p] for p in pos])
        off, shape, st = self._index(key)
        if not shape and not (isinstance(key, tuple) and Ellipsis in key):
            return self.dtype._type(self._flat[off])
        a = object.__new__(ndarray)
        a._init(self._flat, off, shape, st, self.dtype, self if self._base is None else self._base)
        return a

    def __setitem__(self, key, value):
        if _is_advanced(key):
            pos, shape = self._select(key)
            self._assign_at(pos, shape, value)
            return
        off, shape, st = self._index(key)
        view = object.__new__(ndarray)
        view._init(self._flat, off, shape, st, self.dtype, None)
        view._assign(value)

    def _select(self, key):
        """Advanced indexing: the flat positions of the selected items, and their shape.

        Integer and boolean arrays (booleans stand for their nonzero indices)
        broadcast together; their dimensions replace the indexed axes where
        those are adjacent in the key, or lead the result when not.
        """
        if not isinstance(key, tuple):
            key = (key,)
        entries = []
        for k in key:
            if isinstance(k, (list, ndarray)):
                arr = asarray(k) if isinstance(k, ndarray) or k else array(k, dtype=int64)
                if arr.dtype._kind not in "biu":
                    if isinstance(k, list):
                        raise IndexError(_INDEX_KINDS)
                    raise IndexError("arrays used as indices must be of integer (or boolean) type")
                entries.append(arr)
            elif k is None or k is Ellipsis or isinstance(k, slice):
                entries.append(k)
            else:
                try:
                    entries.append(k.__index__())
                except AttributeError:
                    raise IndexError(_INDEX_KINDS) from None
        used = _sum(e.ndim if isinstance(e, ndarray) and e.dtype._kind == "b" else 1
                    for e in entries if e is not None and e is not Ellipsis)
        if Ellipsis in entries:
            i = entries.index(Ellipsis)
            entries[i:i + 1] = [slice(None)] * _max(0, len(self.shape) - used)
        if used > len(self.shape):
            raise IndexError(
                "too many indices for array: array is %d-dimensional, but %d were indexed"
                % (len(self.shape), used))
        # One part per entry: ("adv", axis, index array) or ("dims", offsets).
        parts, axis = [], 0
        for e in entries:
            if e is None:
                parts.append(("dims", [0]))
            elif isinstance(e, slice):
                start, stop, step = e.indices(self.shape[axis])
                parts.append(("dims", [i * self._st[axis] for i in range(start, stop, step)]))
                axis += 1
            elif isinstance(e, ndarray) and e.dtype._kind == "b":
                for d in range(e.ndim):
                    if e.shape[d] != self.shape[axis + d]:
                        raise IndexError(
                            "boolean index did not match indexed array along axis %d; size of "
                            "axis is %d but size of corresponding boolean axis is %d"
                            % (axis + d, self.shape[axis + d], e.shape[d]))
                for d, idx in enumerate(e.nonzero()):
                    parts.append(("adv", axis + d, idx))
                axis += e.ndim
            else:
                parts.append(("adv", axis, e if isinstance(e, ndarray) else asarray(e)))
                axis += 1
        for rest in range(axis, len(self.shape)):
            parts.append(("dims", [i * self._st[rest] for i in range(self.shape[rest])]))
        advs = [p for p in parts if p[0] == "adv"]
        bshape = advs[0][2].shape
        for p in advs[1:]:
            bshape = _broadcast_shape(bshape, p[2].shape)
            if bshape is None:
                raise IndexError(
                    "shape mismatch: indexing arrays could not be broadcast together with "
                    "shapes " + " ".join(_bcast_str(q[2].shape) for q in advs) + " ")
        offsets = [0] * _prod(bshape)
        for _, ax, idx in advs:
            n, st = self.shape[ax], self._st[ax]
            for j, i in enumerate(idx._items_to(bshape)):
                if not -n <= i < n:
                    raise IndexError("index %d is out of bounds for axis %d with size %d"
                                     % (i, ax, n))
                offsets[j] += (i % n) * st
        first = next(j for j, p in enumerate(parts) if p[0] == "adv")
        adjacent = all(p[0] == "adv" for p in parts[first:first + len(advs)])
        before = [p[1] for p in parts[:first] if p[0] == "dims"] if adjacent else []
        after = [p[1] for p in parts[first:] if p[0] == "dims"]
        if not adjacent:
            after = [p[1] for p in parts if p[0] == "dims"]
        layout = before + [offsets] + after
        shape = tuple(len(d) for d in before) + bshape + tuple(len(d) for d in after)
        pos = [self._off + _sum(c) for c in _itertools.product(*layout)]
        return pos, shape

    def nonzero(self):
        if not self.shape:
            raise ValueError("Calling nonzero on 0d arrays is not allowed. Use "
                             "np.atleast_1d(scalar).nonzero() instead. If the context of "
                             "this error is of the form `arr[nonzero(cond)]`, just use "
                             "`arr[cond]`.")
        hits = [idx for idx, v in zip(_ndindex(self.shape), self._items()) if v]
        return tuple(ndarray._new(_DTYPES["int64"], (len(hits),), [h[d] for h in hits])
                     for d in range(len(self.shape)))

    def _assign(self, value):
        self._assign_at(self._positions(), self.shape, value)

    def _assign_at(self, pos, shape, value):
        """Stores `value`, broadcast to `shape`, at the flat positions `pos`."""
        if self.__pyview_buffer__ is not None and self.__pyview_buffer__.readonly:
            raise ValueError("assignment destination is read-only")
        if isinstance(value, ndarray) or isinstance(value, (list, tuple)):
            src = asarray(value)
            if _broadcast_shape(src.shape, shape) != shape:
                raise ValueError("could not broadcast input array from shape %s into shape %s"
                                 % (_bcast_str(src.shape), _bcast_str(shape)))
            vals = src._items_to(shape)
        else:
            vals = _itertools.repeat(value)
        dt, f = self.dtype, self._flat
        for p, v in zip(pos, vals):
            f[p] = _store(dt, v)

    def fill(self, value):
        self._assign(value)

    # ----- shape -----
    def reshape(self, *shape, order="C"):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        shape = list(shape)
        if shape.count(-1) > 1:
            raise ValueError("can only specify one unknown dimension")
        if -1 in shape:
            known = _prod(d for d in shape if d != -1)
            if known == 0 or self.size % known:
                raise ValueError("cannot reshape array of size %d into shape %s"
                                 % (self.size, _dims_str(d for d in shape if d != -1)))
            shape[shape.index(-1)] = self.size // known
        shape = tuple(shape)
        if _prod(shape) != self.size:
            raise ValueError("cannot reshape array of size %d into shape %s"
                             % (self.size, _dims_str(shape)))
        if self._st == _c_strides(self.shape):
            a = object.__new__(ndarray)
            a._init(self._flat, self._off, shape, _c_strides(shape), self.dtype,
                    self if self._base is None else self._base)
            return a
        return ndarray._new(self.dtype, shape, self._items())

    def ravel(self):
        return self.reshape(-1)

    def flatten(self):
        return ndarray._new(self.dtype, (self.size,), self._items())

    def transpose(self):
        a = object.__new__(ndarray)
        a._init(self._flat, self._off, self.shape[::-1], self._st[::-1], self.dtype,
                self if self._base is None else self._base)
        return a

    def copy(self):
        return ndarray._new(self.dtype, self.shape, self._items())

    def astype(self, dtype):
        dt = _dtype_of(dtype)
        return ndarray._new(dt, self.shape, [_store(dt, v) for v in self._items()])

    def view(self, dtype=None):
        if dtype is None:
            return self[...]
        return frombuffer(self.__pyview_buffer__, dtype)

    # ----- reductions -----
    def _reduce(self, fn, empty_msg, axis):
        if axis is not None:
            return _along(self, axis, fn)
        items = self._items()
        if not items and empty_msg:
            raise ValueError(empty_msg)
        return fn(items)

    def sum(self, axis=None):
        dt = self.dtype if self.dtype._kind == "f" else _DTYPES["int64"]
        if self.dtype._kind == "u":
            dt = _DTYPES["uint64"]
        r = self._reduce(lambda xs: _sum(xs, 0.0 if dt._kind == "f" else 0), None, axis)
        return r if isinstance(r, ndarray) else dt._type(r)

    def prod(self, axis=None):
        dt = self.dtype if self.dtype._kind == "f" else _DTYPES["int64"]
        r = self._reduce(_prod, None, axis)
        return r if isinstance(r, ndarray) else dt._type(r)

    def min(self, axis=None):
        r = self._reduce(_min, "zero-size array to reduction operation minimum which has no identity", axis)
        return r if isinstance(r, ndarray) else self.dtype._type(r)

    def max(self, axis=None):
        r = self._reduce(_max, "zero-size array to reduction operation maximum which has no identity", axis)
        return r if isinstance(r, ndarray) else self.dtype._type(r)

    def mean(self, axis=None):
        r = self._reduce(lambda xs: _sum(xs, 0.0) / len(xs) if xs else nan, None, axis)
        return r if isinstance(r, ndarray) else float64(r)

    def argmax(self):
        items = self._items()
        return int64(items.index(_max(items)))

    def argmin(self):
        items = self._items()
        return int64(items.index(_min(items)))

    def any(self):
        return bool_(_b.any(self._items()))

    def all(self):
        return bool_(_b.all(self._items()))

    # ----- conversions -----
    def __bool__(self):
        if self.size != 1:
            raise ValueError("The truth value of an array with more than one element is "
                             "ambiguous. Use a.any() or a.all()")
        return _bool(self._items()[0])

    def __int__(self):
        return _int(self.item())

    def __float__(self):
        return _float(self.item())

    def __index__(self):
        if self.size != 1 or self.dtype._kind not in "iu":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return self.item()

    # ----- arithmetic -----
    def _binary(self, other, op, kind=None, reflected=False):
        if isinstance(other, ndarray):
            shape = _broadcast_shape(self.shape, other.shape)
            if shape is None:
                raise ValueError("operands could not be broadcast together with shapes %s %s "
                                 % (_bcast_str(self.shape), _bcast_str(other.shape)))
            dt = _promote(self.dtype, other.dtype)
            xs = self._items_to(shape)
            ys = other._items_to(shape)
        elif isinstance(other, (_int, _float, _bool, bool_)):
            dt = _promote_scalar(self.dtype, other, kind != "cmp")
            xs = self._items()
            ys = _itertools.repeat(_bool(other) if isinstance(other, bool_) else other)
            shape = self.shape
        elif isinstance(other, (list, tuple)):
            return self._binary(asarray(other), op, kind, reflected)
        else:
            return NotImplemented
        if reflected:
            xs, ys = ys, xs
        if kind == "div":
            dt = dt if dt._kind == "f" else _DTYPES["float64"]
        elif kind == "cmp":
            dt = _DTYPES["bool"]
        out = []
        for x, y in zip(xs, ys):
            out.append(_store(dt, op(x, y)))
        return ndarray._new(dt, shape, out)

    def __add__(self, o):
        return self._binary(o, lambda x, y: x + y)

    def __radd__(self, o):
        return self._binary(o, lambda x, y: x + y, reflected=True)

    def __sub__(self, o):
        return self._binary(o, lambda x, y: x - y)

    def __rsub__(self, o):
        return self._binary(o, lambda x, y: x - y, reflected=True)

    def __mul__(self, o):
        return self._binary(o, lambda x, y: x * y)

    def __rmul__(self, o):
        return self._binary(o, lambda x, y: x * y, reflected=True)

    def __truediv__(self, o):
        return self._binary(o, _div, "div")

    def __rtruediv__(self, o):
        return self._binary(o, _div, "div", reflected=True)

    def __floordiv__(self, o):
        return self._binary(o, _floordiv)

    def __mod__(self, o):
        return self._binary(o, _mod)

    def __pow__(self, o):
        return self._binary(o, lambda x, y: x ** y)

    def __and__(self, o):
        return self._binary(o, lambda x, y: x & y)

    def __or__(self, o):
        return self._binary(o, lambda x, y: x | y)

    def __xor__(self, o):
        return self._binary(o, lambda x, y: x ^ y)

    def __lshift__(self, o):
        return self._binary(o, lambda x, y: x << y)

    def __rshift__(self, o):
        return self._binary(o, lambda x, y: x >> y)

    def __neg__(self):
        return ndarray._new(self.dtype, self.shape, [_store(self.dtype, -x) for x in self._items()])

    def __pos__(self):
        return self.copy()

    def __abs__(self):
        return ndarray._new(self.dtype, self.shape, [_store(self.dtype, _abs(x)) for x in self._items()])

    def __invert__(self):
        if self.dtype._kind == "b":
            return ndarray._new(self.dtype, self.shape, [not x for x in self._items()])
        return ndarray._new(self.dtype, self.shape, [_store(self.dtype, ~x) for x in self._items()])

    def _inplace(self, o, op, ufunc):
        r = op(self, o)
        if r is NotImplemented:
            return r
        if not _same_kind(r.dtype, self.dtype):
            raise _UFuncOutputCastingError(
                "Cannot cast ufunc '%s' output from %r to %r with casting rule 'same_kind'"
                % (ufunc, r.dtype, self.dtype))
        if r.shape != self.shape:
            raise ValueError("non-broadcastable output operand with shape %s doesn't match "
                             "the broadcast shape %s" % (_bcast_str(self.shape),
                                                         _bcast_str(r.shape)))
        self._assign(r)
        return self

    def __iadd__(self, o):
        return self._inplace(o, ndarray.__add__, "add")

    def __isub__(self, o):
        return self._inplace(o, ndarray.__sub__, "subtract")

    def __imul__(self, o):
        return self._inplace(o, ndarray.__mul__, "multiply")

    def __itruediv__(self, o):
        return self._inplace(o, ndarray.__truediv__, "divide")

    def __ifloordiv__(self, o):
        return self._inplace(o, ndarray.__floordiv__, "floor_divide")

    def __imod__(self, o):
        return self._inplace(o, ndarray.__mod__, "remainder")

    def __ipow__(self, o):
        return self._inplace(o, ndarray.__pow__, "power")

    def __iand__(self, o):
        return self._inplace(o, ndarray.__and__, "bitwise_and")

    def __ior__(self, o):
        return self._inplace(o, ndarray.__or__, "bitwise_or")

    def __ixor__(self, o):
        return self._inplace(o, ndarray.__xor__, "bitwise_xor")

    def __ilshift__(self, o):
        return self._inplace(o, ndarray.__lshift__, "left_shift")

    def __irshift__(self, o):
        return self._inplace(o, ndarray.__rshift__, "right_shift")

    def __eq__(self, o):
        return self._binary(o, lambda x, y: x == y, "cmp")

    def __ne__(self, o):
        return self._binary(o, lambda x, y: x != y, "cmp")

    def __lt__(self, o):
        return self._binary(o, lambda x, y: x < y, "cmp")

    def __le__(self, o):
        return self._binary(o, lambda x, y: x <= y, "cmp")

    def __gt__(self, o):
        return self._binary(o, lambda x, y: x > y, "cmp")

    def __ge__(self, o):
        return self._binary(o, lambda x, y: x >= y, "cmp")

    # ----- printing -----
    def __str__(self):
        return _array_str(self, " ", " ", 75)

    def __repr__(self):
        default = self.dtype.name in ("int64", "float64", "bool")
        show_shape = self.size > 1000 or (self.size == 0 and self.shape != (0,))
        text = "array(" + _array_str(self, ", ", " " * 7, 75 - 1)
        extra = []
        if show_shape:
            extra.append("shape=%s" % (_shape_str(self.shape),))
        if not default or self.size == 0:
            extra.append("dtype=%s" % self.dtype.name)
        if not extra:
            return text + ")"
        tail = ", ".join(extra) + ")"
        last = len(text) - (text.rfind("\n") + 1)
        spacer = " " if last + len(tail) + 1 <= 75 else "\n" + " " * 6
        return text + "," + spacer + tail


def _div(x, y):
    try:
        return x / y
    except ZeroDivisionError:
        if x == 0 or x != x:
            return nan
        return inf if (x > 0) == (_math.copysign(1, y) > 0) else -inf


def _floordiv(x, y):
    try:
        return x // y
    except ZeroDivisionError:
        return 0 if isinstance(x, _int) else _div(x, y)


def _mod(x, y):
    try:
        return x % y
    except ZeroDivisionError:
        return 0 if isinstance(x, _int) else nan


def _promote(a, b):
    if a is b:
        return a
    if a._kind == "f" or b._kind == "f":
        if a._kind == b._kind:
            return a if a._size >= b._size else b
        other = b if a._kind == "f" else a
        f = a if a._kind == "f" else b
        if f._size == 4 and other._size <= 2 or other._kind == "b":
            return f
        return _DTYPES["float64"]
    if a._kind == "b":
        return b
    if b._kind == "b":
        return a
    if a._kind == b._kind:
        return a if a._size >= b._size else b
    s, u = (a, b) if a._kind == "i" else (b, a)
    if s._size > u._size:
        return s
    return {1: _DTYPES["int16"], 2: _DTYPES["int32"], 4: _DTYPES["int64"]}.get(u._size, _DTYPES["float64"])


def _promote_scalar(dt, v, checked=True):
    """The dtype of an operation between an array of `dt` and a scalar.

    NumPy's own scalars count with their dtype; Python's are weak (NEP 50):
    an int takes the array's integer dtype and must fit it, a float makes
    integer arrays float64 and leaves float arrays' dtype alone.
    """
    if isinstance(v, generic):
        return _promote(dt, _BY_TYPE[type(v)])
    if isinstance(v, _bool):
        return dt
    if isinstance(v, _float):
        return dt if dt._kind == "f" else _DTYPES["float64"]
    if dt._kind == "b":
        return _DTYPES["int64"]
    if checked and dt._kind in "iu":
        lo, hi = dt._type._range
        if not lo <= v <= hi:
            raise OverflowError("Python integer %d out of bounds for %s" % (v, dt.name))
    return dt


_KIND_ORDER = {"b": 0, "u": 1, "i": 2, "f": 3}


def _same_kind(src, dst):
    """NumPy's 'same_kind' casting: safe casts, or casts within a kind."""
    return _KIND_ORDER[src._kind] <= _KIND_ORDER[dst._kind]


class UFuncTypeError(TypeError):
    __module__ = "numpy._core._exceptions"


class _UFuncCastingError(UFuncTypeError):
    __module__ = "numpy._core._exceptions"


class _UFuncOutputCastingError(_UFuncCastingError):
    __module__ = "numpy._core._exceptions"


# NumPy's casting errors keep their base's __name__ while their qualified
# names (the ones tracebacks print) are their own.
_UFuncCastingError.__name__ = _UFuncOutputCastingError.__name__ = "UFuncTypeError"


def _broadcast_shape(a, b):
    """The shape `a` and `b` broadcast to, or None when they do not."""
    nd = _max(len(a), len(b))
    a = (1,) * (nd - len(a)) + tuple(a)
    b = (1,) * (nd - len(b)) + tuple(b)
    out = []
    for x, y in zip(a, b):
        if x != y and x != 1 and y != 1:
            return None
        out.append(y if x == 1 else x)
    return tuple(out)


def _walk(off, shape, st):
    """The flat positions of the items of a strided layout, in C order."""
    if not shape:
        return [off]
    if 0 in shape:
        return []
    out = []

    def walk(axis, pos):
        n, s = shape[axis], st[axis]
        if axis == len(shape) - 1:
            out.extend(range(pos, pos + n * s, s) if s else [pos] * n)
        else:
            for i in range(n):
                walk(axis + 1, pos + i * s)

    walk(0, off)
    return out


_INDEX_KINDS = ("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                "and integer or boolean arrays are valid indices")


def _is_advanced(key):
    """Whether an index holds an array or list (NumPy's advanced indexing)."""
    if isinstance(key, tuple):
        return any(isinstance(k, (list, ndarray)) for k in key)
    return isinstance(key, (list, ndarray))


def _along(a, axis, fn):
    nd = len(a.shape)
    if axis < 0:
        axis += nd
    if not 0 <= axis < nd:
        raise AxisError("axis %d is out of bounds for array of dimension %d" % (axis, nd))
    rest = a.shape[:axis] + a.shape[axis + 1:]
    out = []
    for idx in _ndindex(rest):
        key = idx[:axis] + (slice(None),) + idx[axis:]
        out.append(fn(a[key]._items()))
    dt = _DTYPES["float64"] if any(isinstance(v, _float) for v in out) else (
        a.dtype if a.dtype._kind == "f" else _DTYPES["int64"])
    return ndarray._new(dt, rest, [_store(dt, v) for v in out])


def _ndindex(shape):
    if not shape:
        yield ()
        return
    for i in range(shape[0]):
        for rest in _ndindex(shape[1:]):
            yield (i,) + rest


class AxisError(ValueError, IndexError):
    __module__ = "numpy.exceptions"


def _dims_str(dims):
    """A shape in NumPy's error messages: `(4,2)`, `(4)`."""
    return "(" + ",".join(str(d) for d in dims) + ")"


def _bcast_str(shape):
    """A shape in NumPy's broadcasting errors: `(2,3)`, `(3,)`."""
    return "(%d,)" % shape[0] if len(shape) == 1 else _dims_str(shape)


def _shape_str(shape):
    if len(shape) == 1:
        return "(%d,)" % shape[0]
    return "(" + ", ".join(str(d) for d in shape) + ")"


def _nest(items, shape):
    if len(shape) == 1:
        return list(items)
    step = _prod(shape[1:])
    return [_nest(items[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def _pack(dt, values):
    """Values as the bytes of `dt`'s items."""
    code = dt._char
    if code == "?":
        return bytes(_b.map(_bool, values))
    return _array.array(code, values).tobytes()


# ----- construction -----

def _shape_of(obj):
    if isinstance(obj, ndarray):
        return obj.shape
    if isinstance(obj, (list, tuple)):
        if not obj:
            return (0,)
        inner = [_shape_of(x) for x in obj]
        first = inner[0]
        for s in inner[1:]:
            if s != first:
                raise ValueError(
                    "setting an array element with a sequence. The requested array has an "
                    "inhomogeneous shape after 1 dimensions. The detected shape was (%d,) + "
                    "inhomogeneous part." % len(obj))
        return (len(obj),) + first
    return ()


def _flatten(obj, out):
    if isinstance(obj, ndarray):
        out.extend(obj._items())
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            _flatten(x, out)
    else:
        out.append(obj)


def _infer(items):
    if any(isinstance(v, (_float, float32, float64)) for v in items):
        return _DTYPES["float64"]
    if items and all(isinstance(v, (_bool, bool_)) for v in items):
        return _DTYPES["bool"]
    if not items:
        return _DTYPES["float64"]
    for v in items:
        if not isinstance(v, (_int, bool_)):
            raise NotImplementedError("pyview's numpy has no dtype for %s items (only bool, "
                                      "integer and float dtypes)" % type(v).__name__)
    return _DTYPES["int64"]


def array(obj, dtype=None, copy=True):
    if isinstance(obj, ndarray):
        dt = obj.dtype if dtype is None else _dtype_of(dtype)
        if not copy and dt is obj.dtype:
            return obj
        return ndarray._new(dt, obj.shape, [_store(dt, v) for v in obj._items()])
    if isinstance(obj, (str, bytes, bytearray, memoryview)):
        raise NotImplementedError("pyview's numpy has no string dtypes (np.frombuffer reads "
                                  "a bytes-like object's items)")
    if isinstance(obj, range):
        obj = list(obj)
    shape = _shape_of(obj)
    items = []
    _flatten(obj, items)
    dt = _infer(items) if dtype is None else _dtype_of(dtype)
    return ndarray._new(dt, shape, [_check_int(dt, v) for v in items])


def asarray(obj, dtype=None):
    return array(obj, dtype, copy=False)


def arange(start, stop=None, step=1, dtype=None):
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ZeroDivisionError("division by zero")
    is_float = any(isinstance(v, _float) for v in (start, stop, step))
    dt = _dtype_of(dtype) if dtype is not None else _DTYPES["float64" if is_float else "int64"]
    if is_float:
        n = _max(0, _math.ceil((stop - start) / step))
        values = [start + i * step for i in range(n)]
    else:
        values = range(start, stop, step)
        n = len(values)
    if dt._kind in "iu" and not is_float and n:
        lo, hi = dt._type._range
        if lo <= _min(values[0], values[-1]) and _max(values[0], values[-1]) <= hi:
            return ndarray._new(dt, (n,), values)
    return ndarray._new(dt, (n,), [_store(dt, v) for v in values])


def _filled(shape, dtype, value):
    if isinstance(shape, _int):
        shape = (shape,)
    shape = tuple(shape)
    dt = _dtype_of(float64 if dtype is None else dtype)
    if not value:
        return ndarray._new(dt, shape, None)
    return ndarray._new(dt, shape, [_store(dt, value)] * _prod(shape))


def zeros(shape, dtype=None):
    return _filled(shape, dtype, 0)


def empty(shape, dtype=None):
    return _filled(shape, dtype, 0)


def ones(shape, dtype=None):
    return _filled(shape, dtype, 1)


def full(shape, fill_value, dtype=None):
    if dtype is None:
        dtype = _infer([fill_value])
    return _filled(shape, dtype, fill_value)


def zeros_like(a, dtype=None):
    return zeros(a.shape, a.dtype if dtype is None else dtype)


def ones_like(a, dtype=None):
    return ones(a.shape, a.dtype if dtype is None else dtype)


def linspace(start, stop, num=50, endpoint=True, dtype=None):
    div = (num - 1) if endpoint else num
    step = (stop - start) / div if div > 0 else 0.0
    values = [start + i * step for i in range(num)]
    if endpoint and num > 1:
        values[-1] = _float(stop)
    dt = _dtype_of(float64 if dtype is None else dtype)
    return ndarray._new(dt, (num,), [_store(dt, v) for v in values])


def frombuffer(buffer, dtype=float, count=-1, offset=0):
    """An array over the memory of a bytes-like object, sharing it."""
    dt = _dtype_of(dtype)
    mv = memoryview(buffer).cast("B")
    avail = len(mv) - offset
    if offset < 0 or avail < 0:
        raise ValueError("offset must be non-negative and no greater than buffer length (%d)"
                         % len(mv))
    if count < 0:
        if avail % dt._size:
            raise ValueError("buffer size must be a multiple of element size")
        count = avail // dt._size
    elif count * dt._size > avail:
        raise ValueError("buffer is smaller than requested size")
    flat = mv[offset:offset + count * dt._size].cast(dt._char)
    a = object.__new__(ndarray)
    a._init(flat, 0, (count,), (1,), dt, buffer)
    return a


def _reduce_fn(name):
    def f(a, axis=None):
        return getattr(asarray(a), name)(axis)
    f.__name__ = name
    return f


sum = _reduce_fn("sum")
prod = _reduce_fn("prod")
mean = _reduce_fn("mean")
amin = min = _reduce_fn("min")
amax = max = _reduce_fn("max")


def reshape(a, shape):
    return asarray(a).reshape(shape)


def ravel(a):
    return asarray(a).ravel()


def transpose(a):
    return asarray(a).transpose()


def shape(a):
    return asarray(a).shape


def size(a):
    return asarray(a).size


def ndim(a):
    return asarray(a).ndim


def dot(a, b):
    a, b = asarray(a), asarray(b)
    if a.ndim == 1 and b.ndim == 1:
        return (a * b).sum()
    raise NotImplementedError("pyview's numpy: dot of arrays of more than one dimension")


def concatenate(arrays):
    arrays = [asarray(a) for a in arrays]
    dt = arrays[0].dtype
    for a in arrays[1:]:
        dt = _promote(dt, a.dtype)
    items = []
    for a in arrays:
        items.extend(a._items())
    return ndarray._new(dt, (len(items),) + arrays[0].shape[1:] if arrays[0].ndim == 1 else
                        (len(items) // _prod(arrays[0].shape[1:]),) + arrays[0].shape[1:],
                        [_store(dt, v) for v in items])


def _unary(fn):
    def f(x):
        a = asarray(x)
        return ndarray._new(_DTYPES["float64"], a.shape, [fn(v) for v in a._items()])
    return f


sqrt = _unary(_math.sqrt)
exp = _unary(_math.exp)
sin = _unary(_math.sin)
cos = _unary(_math.cos)


def abs(x):
    return _abs(asarray(x))


absolute = abs


def nonzero(a):
    return asarray(a).nonzero()


def count_nonzero(a):
    return int64(_sum(1 for v in asarray(a)._items() if v))


def where(condition, x=None, y=None):
    """Items of `x` where `condition` holds and of `y` elsewhere, broadcast together."""
    cond = asarray(condition)
    if x is None and y is None:
        return cond.nonzero()
    if x is None or y is None:
        raise ValueError("either both or neither of x and y should be given")
    xs, ys = asarray(x), asarray(y)
    shape = _broadcast_shape(cond.shape, xs.shape)
    shape = shape and _broadcast_shape(shape, ys.shape)
    if shape is None:
        raise ValueError("operands could not be broadcast together with shapes %s %s %s "
                         % (_bcast_str(cond.shape), _bcast_str(xs.shape), _bcast_str(ys.shape)))
    dt = _promote(xs.dtype, ys.dtype)
    picks = zip(cond._items_to(shape), xs._items_to(shape), ys._items_to(shape))
    return ndarray._new(dt, shape, [_store(dt, a if c else b) for c, a, b in picks])


def broadcast_shapes(*shapes):
    out = ()
    for s in shapes:
        s = (s,) if isinstance(s, _int) else tuple(s)
        r = _broadcast_shape(out, s)
        if r is None:
            raise ValueError("shape mismatch: objects cannot be broadcast to a single shape.  "
                             "Mismatch is between arg 0 with shape %s and arg 1 with shape %s."
                             % (_shape_str(out), _shape_str(s)))
        out = r
    return out


def array_equal(a, b):
    a, b = asarray(a), asarray(b)
    return _bool(a.shape == b.shape and a._items() == b._items())


# ----- printing (NumPy's array2string) -----

def _format_float_positional(x, prec):
    s = _float.__repr__(x)
    if "e" in s or "." not in s:
        s = "%.*f" % (prec, x)
    ip, fp = s.split(".")
    if len(fp) > prec:
        s = "%.*f" % (prec, x)
        ip, fp = s.split(".")
    fp = fp.rstrip("0")
    return ip, fp


def _float_formatter(values, prec=8):
    finite = [v for v in values if v == v and v not in (inf, -inf)]
    absvals = [_abs(v) for v in finite if v != 0]
    exp_mode = False
    if absvals:
        mx, mn = _max(absvals), _min(absvals)
        if mx >= 1e8 or mn < 0.0001 or mx / mn > 1000.0:
            exp_mode = True
    if exp_mode:
        digits = [_sci_digits(_abs(v), prec) for v in finite]
        frac = _max(len(m.split(".")[1]) for m, _ in digits)
        expw = _max(2, _max(len(str(_abs(ex))) for _, ex in digits))

        def sci(v):
            if v != v:
                return "nan"
            if v in (inf, -inf):
                return "inf" if v > 0 else "-inf"
            m, ex = _sci_digits(_abs(v), prec)
            ip, fp = m.split(".")
            sign = "-" if _math.copysign(1, v) < 0 else ""
            return "%s%s.%se%s%s" % (sign, ip, fp.ljust(frac, "0"), "-" if ex < 0 else "+",
                                    str(_abs(ex)).zfill(expw))

        width = _max(len(sci(v)) for v in values)
        return lambda v: sci(v).rjust(width)
    pieces = []
    for v in finite:
        ip, fp = _format_float_positional(_abs(v), prec)
        if v < 0 or (v == 0 and _math.copysign(1, v) < 0):
            ip = "-" + ip
        pieces.append((ip, fp))
    pad_left = _max((len(ip) for ip, _ in pieces), default=0)
    pad_right = _max((len(fp) for _, fp in pieces), default=0)
    if len(finite) != len(values):
        neginf = any(v == -inf for v in values)
        pad_left = _max(pad_left, 3 - (pad_right + 1), 3 + neginf - (pad_right + 1))

    def fmt(v):
        if v != v:
            return "nan".rjust(pad_left + pad_right + 1)
        if v in (inf, -inf):
            return ("inf" if v > 0 else "-inf").rjust(pad_left + pad_right + 1)
        ip, fp = _format_float_positional(_abs(v), prec)
        if v < 0 or (v == 0 and _math.copysign(1, v) < 0):
            ip = "-" + ip
        return ip.rjust(pad_left) + "." + fp.ljust(pad_right)

    return fmt


def _sci_digits(v, prec):
    """Shortest-unique mantissa digits (at most `prec` after the point)."""
    if v == 0:
        return ("0.", 0)
    for p in range(prec + 1):
        cand = "%.*e" % (p, v)
        if _float(cand) == v:
            break
    m, ex = cand.split("e")
    ip, _, fp = m.partition(".")
    return (ip + "." + fp.rstrip("0"), int(ex))


def _formatter(a, items):
    k = a.dtype._kind
    if k == "b":
        return lambda v: ("True" if v else "False").rjust(5)
    if k == "f":
        if a.dtype._char == "f":
            items = [_float(_repr32(v)) for v in items]
            inner = _float_formatter(items)
            return lambda v: inner(_float(_repr32(v)))
        return _float_formatter(items)
    width = _max((len(str(v)) for v in items), default=0)
    return lambda v: str(v).rjust(width)


def _array_str(a, sep, prefix, width):
    if a.size == 0:
        return "[]"
    summarize = a.size > 1000
    if not a.shape:
        return _formatter(a, a._items())(a._items()[0])
    shown = _edge_items(a) if summarize else a._items()
    fmt = _formatter(a, shown)
    return _format_nd(a, fmt, sep, prefix, width, summarize)


def _edge_items(a, edge=3):
    """The items NumPy shows of a summarized array (its formatter's data)."""
    out = []

    def walk(arr):
        n = arr.shape[0]
        idx = list(range(n)) if n <= 2 * edge else list(range(edge)) + list(range(n - edge, n))
        for i in idx:
            if arr.ndim == 1:
                out.append(arr[i])
            else:
                walk(arr[i])

    walk(a)
    return out


def _format_nd(a, fmt, sep, next_prefix, line_width, summarize, edge=3):
    def rec(arr, hanging, curr_width):
        if arr.ndim == 0:
            return fmt(arr._items()[0])
        next_hanging = hanging + " "
        next_width = curr_width - 1
        n = arr.shape[0]
        show = summarize and 2 * edge < n
        lead, trail = (edge, edge) if show else (0, n)
        if arr.ndim == 1:
            items = arr._items()
            elem_width = curr_width - _max(len(sep.rstrip()), 1)
            s, line = "", hanging
            for i in range(lead):
                s, line = _extend(s, line, fmt(items[i]), elem_width, hanging)
                line += sep
            if show:
                s, line = _extend(s, line, "...", elem_width, hanging)
                line += sep
            for i in range(trail, 1, -1):
                s, line = _extend(s, line, fmt(items[n - i]), elem_width, hanging)
                line += sep
            s, line = _extend(s, line, fmt(items[n - 1]), elem_width, hanging)
            s += line
        else:
            s = ""
            line_sep = sep.rstrip() + "\n" * (arr.ndim - 1)
            for i in range(lead):
                s += hanging + rec(arr[i], next_hanging, next_width) + line_sep
            if show:
                s += hanging + "..." + line_sep
            for i in range(trail, 1, -1):
                s += hanging + rec(arr[n - i], next_hanging, next_width) + line_sep
            s += hanging + rec(arr[n - 1], next_hanging, next_width)
        return "[" + s[len(hanging):] + "]"

    return rec(a, next_prefix, line_width)


def _extend(s, line, word, width, prefix):
    wrap = len(line) + len(word) > width
    if len(line) <= len(prefix):
        wrap = False
    if wrap:
        s += line.rstrip() + "\n"
        line = prefix
    return s, line + word

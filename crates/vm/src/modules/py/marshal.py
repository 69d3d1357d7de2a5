"""marshal: CPython 3.11's serialisation of constants (`dumps`, `loads`,
`dump`, `load`), byte for byte at every version. CPython's module is C,
so tracebacks leave out these frames.

CPython marks an object as possibly referenced again (FLAG_REF) when its
reference count is above one, and writes a back reference when the same
object comes again; pyview has no reference counts, so it takes what a
literal would be: the argument itself, scalars (ints, floats, complex
numbers, strings and bytes, equal ones being one object as a code
object's constants are) and tuples of constants are shared, other
containers only when the same object comes twice (so `dumps([1, 2])`
flags the list, as CPython does for a list held in a variable, not for
one built in the call). Strings made only of
letters, digits and underscores count as interned, as the compiler's
constants are. Code objects are not supported (pyview has none to
marshal): `dumps` refuses them as any other unmarshallable object."""

version = 4

_FLAG_REF = 0x80
_SINGLETONS = {None: b'N', True: b'T', False: b'F', ...: b'.'}
_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        '0123456789_')
_CONSTANT_TYPES = (int, float, complex, str, bytes)


def _is_constant(v):
    if v is None or v is ... or type(v) in (bool, int, float, complex, str, bytes):
        return True
    return type(v) is tuple and all(_is_constant(x) for x in v)


def _i32(n):
    return (n & 0xffffffff).to_bytes(4, 'little')


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = bytearray()
        self.refs = {}
        self.counts = {}
        self.depth = 0

    def count(self, v):
        # How often each container comes in the data, by identity.
        t = type(v)
        if t in (list, dict, set, frozenset, tuple, bytearray):
            key = id(v)
            seen = key in self.counts
            self.counts[key] = self.counts.get(key, 0) + 1
            if seen:
                return
            if t is dict:
                for k, x in v.items():
                    self.count(k)
                    self.count(x)
            elif t is not bytearray:
                for x in v:
                    self.count(x)

    def key(self, v):
        t = type(v)
        if t in _CONSTANT_TYPES:
            if t is float:
                return (t, v.hex() if v == v else repr(v), str(v)[0] == '-')
            if t is complex:
                return (t, self.key(v.real), self.key(v.imag))
            return (t, v)
        if t is tuple and _is_constant(v):
            # Equal constant tuples are one object (the empty tuple is a
            # singleton, a code object's constants are merged).
            return (t, tuple(self.key(x) if type(x) is not bool and x is not None
                             and x is not ... else x for x in v))
        return (t, id(v))

    def shared(self, v, top):
        if top or type(v) in _CONSTANT_TYPES:
            return True
        if type(v) is tuple and _is_constant(v):
            return True
        return self.counts.get(id(v), 0) > 1

    def ref(self, v, code, top):
        # Writes a back reference to an object written before, or the
        # type code (flagged when the object may come again).
        if self.version < 3:
            self.out += code
            return True
        key = self.key(v)
        if key in self.refs:
            self.out += b'r' + _i32(self.refs[key])
            return False
        if self.shared(v, top):
            self.refs[key] = len(self.refs)
            self.out.append(code[0] | _FLAG_REF)
        else:
            self.out += code
        return True

    def write(self, v, top=False):
        self.depth += 1
        if self.depth > 2000:
            raise ValueError('object too deeply nested to marshal')
        try:
            self._write(v, top)
        finally:
            self.depth -= 1

    def _write(self, v, top):
        out = self.out
        t = type(v)
        if v is None or v is ... or t is bool:
            out += _SINGLETONS[v]
            return
        if v is StopIteration:
            out += b'S'
            return
        if t is int:
            if -0x80000000 <= v <= 0x7fffffff:
                if self.ref(v, b'i', top):
                    out += _i32(v)
                return
            if self.ref(v, b'l', top):
                digits = []
                n = abs(v)
                while n:
                    digits.append(n & 0x7fff)
                    n >>= 15
                out += _i32(len(digits) if v > 0 else -len(digits))
                for d in digits:
                    out += d.to_bytes(2, 'little')
            return
        if t is float:
            if self.version > 1:
                if self.ref(v, b'g', top):
                    out += _pack_double(v)
            elif self.ref(v, b'f', top):
                self._float_text(v)
            return
        if t is complex:
            if self.version > 1:
                if self.ref(v, b'y', top):
                    out += _pack_double(v.real) + _pack_double(v.imag)
            elif self.ref(v, b'x', top):
                self._float_text(v.real)
                self._float_text(v.imag)
            return
        if t is str:
            interned = all(c in _NAME_CHARS for c in v)
            if self.version >= 4 and v.isascii():
                if len(v) < 256:
                    code = b'Z' if interned else b'z'
                    if self.ref(v, code, top):
                        out.append(len(v))
                        out += v.encode('ascii')
                else:
                    code = b'A' if interned else b'a'
                    if self.ref(v, code, top):
                        out += _i32(len(v)) + v.encode('ascii')
                return
            code = b't' if interned and self.version >= 3 else b'u'
            if self.ref(v, code, top):
                data = v.encode('utf-8', 'surrogatepass')
                out += _i32(len(data)) + data
            return
        if t is bytes or t is bytearray or t is memoryview:
            if self.ref(v, b's', top):
                data = bytes(v)
                out += _i32(len(data)) + data
            return
        if t is tuple:
            if self.version >= 4 and len(v) < 256:
                if not self.ref(v, b')', top):
                    return
                out.append(len(v))
            else:
                if not self.ref(v, b'(', top):
                    return
                out += _i32(len(v))
            for x in v:
                self.write(x)
            return
        if t is list:
            if self.ref(v, b'[', top):
                out += _i32(len(v))
                for x in v:
                    self.write(x)
            return
        if t is dict:
            if self.ref(v, b'{', top):
                for k, x in v.items():
                    self.write(k)
                    self.write(x)
                out += b'0'
            return
        if t is set or t is frozenset:
            if self.ref(v, b'<' if t is set else b'>', top):
                out += _i32(len(v))
                for x in v:
                    self.write(x)
            return
        raise ValueError('unmarshallable object')

    def _float_text(self, v):
        text = ('%.17g' % v).encode('ascii')
        self.out.append(len(text))
        self.out += text


def _pack_double(v):
    import struct
    return struct.pack('<d', v)


def _unpack_double(data):
    import struct
    return struct.unpack('<d', data)[0]


def _args(name, args, least, most):
    if len(args) < least:
        raise TypeError('%s expected at least %d argument%s, got %d'
                        % (name, least, '' if least == 1 else 's', len(args)))
    if len(args) > most:
        raise TypeError('%s expected at most %d arguments, got %d'
                        % (name, most, len(args)))
    return args


def dumps(*args):
    """Return the bytes object that would be written to a file by dump(value, file)."""
    value, version = _args('dumps', args, 1, 2) + (globals()['version'],) * (2 - len(args))
    if not isinstance(version, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(version).__name__)
    w = _Writer(version)
    w.count(value)
    w.write(value, True)
    return bytes(w.out)


def dump(*args):
    """Write the value on the open file."""
    value, file, version = _args('dump', args, 2, 3) + (globals()['version'],) * (3 - len(args))
    data = dumps(value, version)
    file.write(data)


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise EOFError('marshal data too short')
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def byte(self):
        if self.pos >= len(self.data):
            raise EOFError('EOF read where not expected')
        self.pos += 1
        return self.data[self.pos - 1]

    def i32(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def size(self, what):
        n = self.i32()
        if n < 0 or n > len(self.data) - self.pos and what != 'string':
            raise ValueError('bad marshal data (%s size out of range)' % what)
        if n < 0:
            raise ValueError('bad marshal data (%s size out of range)' % what)
        return n

    def reserve(self, flag):
        if flag:
            self.refs.append(None)
            return len(self.refs) - 1
        return None

    def keep(self, index, v):
        if index is not None:
            self.refs[index] = v
        return v

    def read(self, allow_null=False):
        if self.pos >= len(self.data):
            raise EOFError('EOF read where object expected')
        code = self.data[self.pos]
        self.pos += 1
        flag = code & _FLAG_REF
        t = chr(code & ~_FLAG_REF)
        if t == '0':
            if allow_null:
                return _NULL
            raise TypeError('NULL object in marshal data for object')
        if t in 'NTFS.':
            return {'N': None, 'T': True, 'F': False, 'S': StopIteration,
                    '.': ...}[t]
        if t == 'i':
            return self.keep(self.reserve(flag), self.i32())
        if t == 'l':
            n = self.i32()
            size = abs(n)
            v = 0
            digits = []
            for _ in range(size):
                d = int.from_bytes(self.take(2), 'little')
                if d > 0x7fff:
                    raise ValueError('bad marshal data (digit out of range in long)')
                digits.append(d)
            if digits and digits[-1] == 0:
                raise ValueError('bad marshal data (unnormalized long data)')
            for d in reversed(digits):
                v = (v << 15) | d
            return self.keep(self.reserve(flag), -v if n < 0 else v)
        if t == 'g':
            return self.keep(self.reserve(flag), _unpack_double(self.take(8)))
        if t == 'y':
            re = _unpack_double(self.take(8))
            return self.keep(self.reserve(flag), complex(re, _unpack_double(self.take(8))))
        if t == 'f':
            return self.keep(self.reserve(flag), self.float_text())
        if t == 'x':
            re = self.float_text()
            return self.keep(self.reserve(flag), complex(re, self.float_text()))
        if t == 's':
            n = self.i32()
            if n < 0:
                raise ValueError('bad marshal data (bytes object size out of range)')
            return self.keep(self.reserve(flag), bytes(self.take(n)))
        if t in 'zZ':
            n = self.byte()
            return self.keep(self.reserve(flag), bytes(self.take(n)).decode('latin-1'))
        if t in 'aA':
            n = self.i32()
            if n < 0:
                raise ValueError('bad marshal data (string size out of range)')
            return self.keep(self.reserve(flag), bytes(self.take(n)).decode('latin-1'))
        if t in 'ut':
            n = self.i32()
            if n < 0:
                raise ValueError('bad marshal data (string size out of range)')
            return self.keep(self.reserve(flag),
                             bytes(self.take(n)).decode('utf-8', 'surrogatepass'))
        if t in '()':
            n = self.byte() if t == ')' else self.size('tuple')
            index = self.reserve(flag)
            items = [self.read() for _ in range(n)]
            return self.keep(index, tuple(items))
        if t == '[':
            n = self.size('list')
            result = self.keep(self.reserve(flag), [])
            for _ in range(n):
                result.append(self.read())
            return result
        if t == '{':
            result = self.keep(self.reserve(flag), {})
            while True:
                k = self.read(True)
                if k is _NULL:
                    break
                v = self.read(True)
                if v is _NULL:
                    break
                result[k] = v
            return result
        if t in '<>':
            n = self.size('set')
            if t == '<':
                result = self.keep(self.reserve(flag), set())
                for _ in range(n):
                    result.add(self.read())
                return result
            index = self.reserve(flag)
            items = [self.read() for _ in range(n)]
            return self.keep(index, frozenset(items))
        if t == 'r':
            n = self.i32()
            if n < 0 or n >= len(self.refs) or self.refs[n] is None:
                raise ValueError('bad marshal data (invalid reference)')
            return self.refs[n]
        if t == 'c':
            raise ValueError('bad marshal data (code objects are not supported)')
        raise ValueError('bad marshal data (unknown type code)')

    def float_text(self):
        n = self.byte()
        return float(bytes(self.take(n)).decode('ascii'))


_NULL = object()


def loads(*args):
    """Convert the bytes-like object to a value."""
    if len(args) != 1:
        raise TypeError('marshal.loads() takes exactly one argument (%d given)'
                        % len(args))
    bytes, = args
    if isinstance(bytes, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        data = memoryview(bytes).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(bytes).__name__) from None
    return _Reader(data).read()


def load(*args):
    """Read one value from the open file and return it."""
    if len(args) != 1:
        raise TypeError('marshal.load() takes exactly one argument (%d given)'
                        % len(args))
    file, = args
    data = file.read()
    if not isinstance(data, (type(b''), bytearray)):
        raise TypeError("file.read() returned not bytes but %s"
                        % type(data).__name__)
    r = _Reader(data)
    v = r.read()
    # Leave the file just after the value, as CPython's reader does.
    if hasattr(file, 'seek'):
        try:
            file.seek(r.pos - len(data), 1)
        except Exception:
            pass
    return v

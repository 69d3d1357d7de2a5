"""pyview's pickler and unpickler, under the name of CPython's C module.

Supports protocols 0-5 with the bytes CPython's C `_pickle` writes
(framing, memo, batching, globals with the Python 2 name mapping, the
reduce protocol with NEWOBJ/NEWOBJ_EX/BUILD, copyreg's dispatch table and
extension registry, persistent ids, `reducer_override`, out-of-band
buffers), and reads every opcode of every protocol. Tracebacks leave out
this module's frames, as CPython's are C.

Not supported: `PickleBuffer` is a plain wrapper (no buffer protocol of
its own); NEWOBJ_EX arguments at protocols 2-3 (CPython builds a
`functools.partial`) raise PicklingError; `Pickler.fast`.
"""

import sys
from struct import pack as _pack, unpack as _unpack
import copyreg as _copyreg
import _compat_pickle

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
_BATCH = 1000


def _batches(items):
    """The items of an iterable in lists of up to _BATCH, read lazily as
    the C pickler reads them (an iterable that fails fails mid-way)."""
    it = iter(items)
    while True:
        batch = []
        for x in it:
            batch.append(x)
            if len(batch) == _BATCH:
                break
        if batch:
            yield batch
        if len(batch) < _BATCH:
            return


class PickleError(Exception):
    __module__ = '_pickle'


class PicklingError(PickleError):
    __module__ = '_pickle'


class UnpicklingError(PickleError):
    __module__ = '_pickle'


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""
    __module__ = 'pickle'

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast('B') if self._view.ndim != 1 or self._view.format != 'B' else self._view

    def release(self):
        if self._view is not None:
            self._view.release()
        self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


def _encode_long(x):
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and (data[-2] & 0x80):
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    """Protocol 0's text: raw-unicode-escape that also escapes the
    characters that would end or corrupt the line."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 0x100 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


_NoneType = type(None)
_FunctionType = type(_whichmodule)
_BuiltinType = type(len)


class _Owner:
    def method(self):
        pass


_MethodType = type(_Owner().method)
del _Owner


class Pickler:
    """Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)"""
    __module__ = '_pickle'

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if file is not None:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        else:
            self._file_write = None
        self._buffer_callback = buffer_callback
        self.memo = {}
        # Values pyview gives no identity of their own share an id():
        # those met after the first with that id, as (index, value).
        self._shared_ids = {}
        self._shared_count = 0
        self._module_names = {}
        self._func_modules = {}
        self._str_memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._frame_start = -1
        self._depth = 0
        self._limit = 1000
        self._pid_func = None

    def clear_memo(self):
        self.memo.clear()
        self._shared_ids.clear()
        self._shared_count = 0
        self._str_memo.clear()
        self._func_modules.clear()

    # -- output and framing ------------------------------------------

    def _start_frame(self):
        self._frame_start = len(self._out)
        self._out += b'\x95\0\0\0\0\0\0\0\0'

    def _commit_frame(self, force=False):
        start = self._frame_start
        if start < 0:
            return
        out = self._out
        size = len(out) - start - 9
        if size < _FRAME_TARGET and not force:
            return
        if size >= _FRAME_MIN:
            out[start + 1:start + 9] = _pack('<Q', size)
        else:
            del out[start:start + 9]
        if force:
            self._frame_start = -1
        else:
            self._start_frame()

    def _write_large(self, header, payload):
        # Large payloads go unframed, after the frame in progress.
        framing = self._frame_start >= 0
        if framing:
            self._commit_frame(True)
        self._out += header
        self._out += payload
        if framing:
            self._start_frame()

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        out = self._out = bytearray()
        if self.proto >= 2:
            out += b'\x80' + bytes((self.proto,))
        if self.proto >= 4:
            self._start_frame()
        self._pid_func = getattr(self, 'persistent_id', None)
        # Three Python frames per level of nesting: room for the 1000
        # levels CPython's pickler allows.
        limit = sys.getrecursionlimit()
        self._limit = limit
        self._depth = _caller_depth()
        sys.setrecursionlimit(limit + 3100)
        try:
            self._save(obj)
        finally:
            sys.setrecursionlimit(limit)
        self._out += b'.'
        self._commit_frame(True)
        data = bytes(self._out)
        self._out = bytearray()
        if self._file_write is not None:
            self._file_write(data)
        return data

    # -- memo ------------------------------------------------------------

    def _memoize(self, obj):
        memo = self.memo
        idx = len(memo) + self._shared_count
        if self.proto >= 4:
            self._out += b'\x94'
        elif self.bin:
            if idx < 256:
                self._out += b'q' + bytes((idx,))
            else:
                self._out += b'r' + _pack('<I', idx)
        else:
            self._out += b'p' + repr(idx).encode('ascii') + b'\n'
        key = id(obj)
        if key in memo:
            self._shared_ids.setdefault(key, []).append((idx, obj))
            self._shared_count += 1
        else:
            memo[key] = idx, obj
        return idx

    def _memo_index(self, obj):
        x = self.memo.get(id(obj))
        if x is None:
            return None
        if x[1] is obj:
            return x[0]
        for idx, o in self._shared_ids.get(id(obj), ()):
            if o is obj:
                return idx
        return None

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return b'h' + bytes((idx,))
            return b'j' + _pack('<I', idx)
        return b'g' + repr(idx).encode('ascii') + b'\n'

    # -- the dispatcher --------------------------------------------------

    def _save(self, obj, save_persistent_id=True):
        if self._frame_start >= 0 and len(self._out) - self._frame_start - 9 >= _FRAME_TARGET:
            self._commit_frame()
        if save_persistent_id:
            pid_func = self._pid_func
            if pid_func is not None:
                pid = pid_func(obj)
                if pid is not None:
                    self._save_pers(pid)
                    return
        t = type(obj)
        if obj is None:
            self._out += b'N'
            return
        if t is bool:
            if self.proto >= 2:
                self._out += b'\x88' if obj else b'\x89'
            else:
                self._out += b'I01\n' if obj else b'I00\n'
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._out += b'G' + _pack('>d', obj)
            else:
                self._out += b'F' + repr(obj).encode('ascii') + b'\n'
            return
        x = self.memo.get(id(obj))
        if x is not None:
            x = x[0] if x[1] is obj else self._memo_index(obj)
            if x is not None:
                self._out += self._get(x)
                return
        if t is str:
            # CPython shares one object among equal identifier-like
            # strings (interned names and constants) and among the
            # strings of at most one Latin-1 character, so its memo finds
            # them again: pyview keys those by value.
            if (len(obj) < 2 and obj <= '\xff'
                    or obj.isascii() and obj.replace('_', 'a').isalnum()):
                idx = self._str_memo.get(obj)
                if idx is not None:
                    self._out += self._get(idx)
                    return
                self._str_memo[obj] = self._save_str(obj)
                return
            self._save_str(obj)
            return
        if t is bytes:
            self._save_bytes(obj)
            return
        # CPython's recursion check: one level per object saved here, one
        # more while a list's or dict's items are, over the caller's depth.
        self._depth += 1
        if self._depth > self._limit:
            self._depth -= 1
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        try:
            self._save_other(obj, t)
        finally:
            self._depth -= 1

    def _enter(self):
        self._depth += 1
        if self._depth > self._limit:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")

    def _save_other(self, obj, t):
        if t is dict:
            self._save_dict(obj)
            return
        if t is set:
            self._save_set(obj)
            return
        if t is frozenset:
            self._save_frozenset(obj)
            return
        if t is list:
            self._save_list(obj)
            return
        if t is tuple:
            self._save_tuple(obj)
            return
        if t is bytearray:
            self._save_bytearray(obj)
            return
        if t is PickleBuffer:
            self._save_picklebuffer(obj)
            return
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
            if rv is not NotImplemented:
                self._save_rv(obj, rv, 'reducer_override')
                return
        if t is type:
            self._save_type(obj)
            return
        if t is _FunctionType:
            self._save_global(obj)
            return
        table = getattr(self, 'dispatch_table', None)
        if table is None:
            table = _copyreg.dispatch_table
        reduce = table.get(t)
        if reduce is not None:
            rv = reduce(obj)
            self._save_rv(obj, rv, '__reduce__')
            return
        if isinstance(obj, type):
            self._save_global(obj)
            return
        if t is _BuiltinType:
            self._save_builtin(obj)
            return
        if t is _MethodType:
            # A bound method's __reduce__: its name looked up on its owner.
            self._save_reduce(obj, getattr, (obj.__self__, obj.__func__.__name__))
            return
        reduce = getattr(obj, '__reduce_ex__', None)
        if reduce is not None:
            rv = reduce(self.proto)
            self._save_rv(obj, rv, '__reduce__')
            return
        reduce = getattr(obj, '__reduce__', None)
        if reduce is None:
            raise TypeError("cannot pickle %r object" % t.__name__)
        self._save_rv(obj, reduce(), '__reduce__')

    def _save_rv(self, obj, rv, what):
        if type(rv) is str:
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        n = len(rv)
        if not 2 <= n <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self._save_reduce(obj, *rv)

    def _save_builtin(self, obj):
        # What a built-in function's __reduce__ names: itself, or its
        # owner and name when it is bound to an instance.
        owner = getattr(obj, '__self__', None)
        if owner is None or type(owner).__name__ == 'module':
            self._save_global(obj)
        else:
            self._save_reduce(obj, getattr, (owner, obj.__name__))

    def _save_pers(self, pid):
        if self.bin:
            self._save(pid, save_persistent_id=False)
            self._out += b'Q'
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings") from None
            self._out += b'P' + text + b'\n'

    # -- atoms -----------------------------------------------------------

    def _save_long(self, obj):
        out = self._out
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    out += b'K' + bytes((obj,))
                    return
                if obj <= 0xffff:
                    out += b'M' + _pack('<H', obj)
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                out += b'J' + _pack('<i', obj)
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            if n < 256:
                out += b'\x8a' + bytes((n,)) + data
            else:
                out += b'\x8b' + _pack('<i', n) + data
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            out += b'I' + repr(obj).encode('ascii') + b'\n'
        else:
            out += b'L' + repr(obj).encode('ascii') + b'L\n'

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self._out += b'\x8c' + bytes((n,)) + data
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(b'\x8d' + _pack('<Q', n), data)
            elif n >= _FRAME_TARGET and self._frame_start >= 0:
                self._write_large(b'X' + _pack('<I', n), data)
            else:
                if n > 0xffffffff:
                    raise OverflowError("serializing a string larger than 4 GiB "
                                        "requires pickle protocol 4 or higher")
                self._out += b'X' + _pack('<I', n) + data
        else:
            self._out += b'V' + _raw_unicode_escape(obj) + b'\n'
        return self._memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self._save_reduce(obj, bytes, ())
            else:
                self._save_reduce(obj, _codecs_encode(), (str(obj, 'latin1'), 'latin1'))
            return
        self._save_bytes_data(obj)
        self._memoize(obj)

    def _save_bytes_data(self, data):
        n = len(data)
        if n <= 0xff:
            self._out += b'C' + bytes((n,)) + data
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(b'\x8e' + _pack('<Q', n), data)
        elif n >= _FRAME_TARGET and self._frame_start >= 0:
            self._write_large(b'B' + _pack('<I', n), data)
        else:
            self._out += b'B' + _pack('<I', n) + data

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self._save_reduce(obj, bytearray, ())
            else:
                self._save_reduce(obj, bytearray, (bytes(obj),))
            return
        n = len(obj)
        if n >= _FRAME_TARGET and self._frame_start >= 0:
            self._write_large(b'\x96' + _pack('<Q', n), obj)
        else:
            self._out += b'\x96' + _pack('<Q', n) + obj
        self._memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(view.tobytes())
            else:
                data = view.tobytes()
                self._out += b'\x96' + _pack('<Q', len(data)) + data
            self._memoize(obj)
        else:
            self._out += b'\x97'
            if view.readonly:
                self._out += b'\x98'

    # -- containers ------------------------------------------------------

    def _save_tuple(self, obj):
        out = self._out
        n = len(obj)
        if not n:
            out += b')' if self.bin else b'(t'
            return
        save = self._save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = self._memo_index(obj)
            if x is not None:
                # The tuple met itself while its items were saved.
                self._out += b'0' * n + self._get(x)
                return
            self._out += b'\x85\x86\x87'[n - 1:n]
            self._memoize(obj)
            return
        self._out += b'('
        for item in obj:
            save(item)
        x = self._memo_index(obj)
        if x is not None:
            if self.bin:
                self._out += b'1' + self._get(x)
            else:
                self._out += b'0' * (n + 1) + self._get(x)
            return
        self._out += b't'
        self._memoize(obj)

    def _save_list(self, obj):
        if self.bin:
            self._out += b']'
        else:
            self._out += b'(l'
        self._memoize(obj)
        if not obj:
            return
        save = self._save
        if not self.bin:
            for item in obj:
                save(item)
                self._out += b'a'
            return
        self._enter()
        if len(obj) == 1:
            save(obj[0])
            self._out += b'a'
            self._depth -= 1
            return
        i = 0
        while i < len(obj):
            self._out += b'('
            stop = i + _BATCH
            while i < stop and i < len(obj):
                save(obj[i])
                i += 1
            self._out += b'e'
        self._depth -= 1

    def _batch_appends(self, items):
        save = self._save
        if not self.bin:
            for x in items:
                save(x)
                self._out += b'a'
            return
        for batch in _batches(items):
            if len(batch) > 1:
                self._out += b'('
                for x in batch:
                    save(x)
                self._out += b'e'
            else:
                save(batch[0])
                self._out += b'a'

    def _save_dict(self, obj):
        if self.bin:
            self._out += b'}'
        else:
            self._out += b'(d'
        self._memoize(obj)
        if not obj:
            return
        save = self._save
        if not self.bin:
            for k, v in obj.items():
                save(k)
                save(v)
                self._out += b's'
            return
        self._enter()
        if len(obj) == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            self._out += b's'
            self._depth -= 1
            return
        items = list(obj.items())
        size = len(obj)
        # As the C pickler's do-while loop: a full last batch is followed
        # by an empty one.
        for i in range(0, len(items) + 1, _BATCH):
            self._out += b'('
            for k, v in items[i:i + _BATCH]:
                save(k)
                save(v)
                if len(obj) != size:
                    raise RuntimeError("dictionary changed size during iteration")
            self._out += b'u'
        self._depth -= 1

    def _batch_setitems(self, items):
        save = self._save
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                self._out += b's'
            return
        for batch in _batches(items):
            if len(batch) > 1:
                self._out += b'('
                for k, v in batch:
                    save(k)
                    save(v)
                self._out += b'u'
            else:
                k, v = batch[0]
                save(k)
                save(v)
                self._out += b's'

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce(obj, set, (list(obj),))
            return
        self._out += b'\x8f'
        self._memoize(obj)
        items = list(obj)
        if not items:
            return
        save = self._save
        # A full last batch is followed by an empty one, as in C.
        for i in range(0, len(items) + 1, _BATCH):
            self._out += b'('
            for x in items[i:i + _BATCH]:
                save(x)
            self._out += b'\x90'

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce(obj, frozenset, (list(obj),))
            return
        self._out += b'('
        for x in obj:
            self._save(x)
        x = self._memo_index(obj)
        if x is not None:
            self._out += b'1' + self._get(x)
            return
        self._out += b'\x91'
        self._memoize(obj)

    # -- globals -----------------------------------------------------------

    def _save_type(self, obj):
        if obj is _NoneType:
            return self._save_reduce(obj, type, (None,))
        if obj is type(NotImplemented):
            return self._save_reduce(obj, type, (NotImplemented,))
        if obj is type(...):
            return self._save_reduce(obj, type, (...,))
        self._save_global(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except BaseException:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj and not _same_builtin(obj, obj2):
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = _copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._out += b'\x82' + bytes((code,))
                elif code <= 0xffff:
                    self._out += b'\x83' + _pack('<H', code)
                else:
                    self._out += b'\x84' + _pack('<i', code)
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            if type(obj) is _BuiltinType:
                # A built-in function's module name is its module's
                # `__name__`, another object than the interned name a
                # type's `__module__` gives.
                idx = self._func_modules.get(module_name)
                if idx is None:
                    self._func_modules[module_name] = self._save_str(module_name)
                else:
                    self._out += self._get(idx)
            else:
                # CPython's module names are one interned string per
                # module, which the memo then finds again.
                module_name = self._module_names.setdefault(module_name, module_name)
                self._save(module_name)
            self._save(name)
            self._out += b'\x93'
        elif parent is not module:
            self._save_reduce(None, getattr, (parent, lastname))
        elif self.proto >= 3:
            self._out += b'c' + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n'
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _compat_pickle.REVERSE_NAME_MAPPING:
                    module_name, name = _compat_pickle.REVERSE_NAME_MAPPING[key]
                elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
            try:
                line = (b'c' + module_name.encode('ascii') + b'\n'
                        + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %i" % (name, self.proto)) from None
            self._out += line
        self._memoize(obj)

    # -- the reduce protocol -------------------------------------------

    def _save_reduce(self, obj, func, args, state=None, listitems=None,
                     dictitems=None, state_setter=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ "
                                "must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ "
                                "must be a tuple")
        if listitems is not None and not hasattr(listitems, '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(dictitems, '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ "
                                "must be an iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ "
                                "must be a function, not %s" % type(state_setter).__name__)
        save = self._save
        fname = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if fname == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, a, kw = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be a class, not %s" % type(cls).__name__)
            if not isinstance(a, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must "
                                    "be a tuple, not %s" % type(a).__name__)
            if not isinstance(kw, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must "
                                    "be a dict, not %s" % type(kw).__name__)
            if self.proto < 4:
                raise PicklingError("NEWOBJ_EX needs protocol 4 in pyview")
            save(cls)
            save(a)
            save(kw)
            self._out += b'\x92'
        elif fname == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, '__class__', None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._out += b'\x81'
        else:
            save(func)
            save(args)
            self._out += b'R'
        if obj is not None:
            x = self._memo_index(obj)
            if x is not None:
                self._out += b'0' + self._get(x)
            else:
                self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._out += b'b'
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._out += b'\x86R0'


def _same_builtin(a, b):
    # pyview makes a module's built-in functions afresh for each module
    # that names them (`operator.add` and `_operator.add`).
    return (type(a) is _BuiltinType and type(b) is _BuiltinType
            and a.__name__ == b.__name__ and a.__module__ == b.__module__)


def _caller_depth():
    # The Python frames below the pickler's own.
    n = 0
    f = sys._getframe(1)
    while f is not None:
        if f.f_code.co_filename != __file__:
            n += 1
        f = f.f_back
    return n


def _codecs_encode():
    import _codecs
    return _codecs.encode


class _Unframer:
    pass


def _truncated():
    return UnpicklingError("pickle data was truncated")


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""
    __module__ = '_pickle'

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_tell = getattr(file, 'tell', None)
        self._file_seek = getattr(file, 'seek', None)
        if self._file_seek is None:
            self._file_tell = None
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._data = None

    # Reading: the whole input when it is bytes (loads), else from the file.

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise _truncated()
        return data

    def _readline(self):
        line = self._file_readline()
        if not line or line[-1:] != b'\n':
            raise _truncated()
        return line

    def load(self):
        """Load a pickle."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        data = getattr(self, '_data', None)
        if data is not None:
            return _load_from(self, data, 0)[0]
        # From a file: read what there is, then seek back to the end of
        # the pickle so that the next load starts there.
        tell = getattr(self, '_file_tell', None)
        start = tell() if tell is not None else None
        data = bytes(self._file_read())
        value, end = _load_from(self, data, 0)
        if start is not None and end < len(data):
            self._file_seek(start + end)
        return value

    def find_class(self, module, name):
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _escape_decode(data):
    """Decode a Python 2 string literal's body (the STRING opcode)."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        c = data[i]
        if c != 92 or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        i += 2
        if e in simple:
            out.append(simple[e])
        elif e == 10:
            pass
        elif e == ord('x'):
            try:
                out.append(int(data[i:i + 2], 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % (i - 2)) from None
            i += 2
        elif 48 <= e <= 55:
            j = i - 1
            k = j
            while k < n and k < j + 3 and 48 <= data[k] <= 55:
                k += 1
            out.append(int(data[j:k], 8) & 0xff)
            i = k
        else:
            out.append(92)
            out.append(e)
    return bytes(out)


def _load_from(u, data, pos):
    """Run the opcodes of `data` from `pos` to STOP: (value, end)."""
    stack = []
    metastack = []
    memo = u.memo
    n = len(data)

    def need(k):
        if pos + k > n:
            raise _truncated()

    def readline():
        end = data.find(b'\n', pos)
        if end < 0:
            raise _truncated()
        return data[pos:end], end + 1

    def pop_mark():
        nonlocal stack
        if not metastack:
            raise UnpicklingError("could not find MARK")
        items = stack
        stack = metastack.pop()
        return items

    def underflow():
        return UnpicklingError("unpickling stack underflow")

    while True:
        if pos >= n:
            raise EOFError("Ran out of input")
        op = data[pos]
        pos += 1
        if op == 0x95:      # FRAME
            need(8)
            size = _unpack('<Q', data[pos:pos + 8])[0]
            pos += 8
            if pos + size > n:
                raise _truncated()
            continue
        if op == 0x80:      # PROTO
            need(1)
            proto = data[pos]
            pos += 1
            if proto > HIGHEST_PROTOCOL:
                raise ValueError("unsupported pickle protocol: %d" % proto)
            u.proto = proto
            continue
        if op == 0x2e:      # STOP
            if not stack:
                raise underflow()
            return stack[-1], pos
        if op == 0x4b:      # BININT1
            need(1)
            stack.append(data[pos])
            pos += 1
        elif op == 0x4d:    # BININT2
            need(2)
            stack.append(data[pos] | (data[pos + 1] << 8))
            pos += 2
        elif op == 0x4a:    # BININT
            need(4)
            stack.append(_unpack('<i', data[pos:pos + 4])[0])
            pos += 4
        elif op == 0x8c:    # SHORT_BINUNICODE
            need(1)
            k = data[pos]
            need(1 + k)
            stack.append(str(data[pos + 1:pos + 1 + k], 'utf-8', 'surrogatepass'))
            pos += 1 + k
        elif op == 0x94:    # MEMOIZE
            if not stack:
                raise underflow()
            memo[len(memo)] = stack[-1]
        elif op == 0x68:    # BINGET
            need(1)
            idx = data[pos]
            pos += 1
            if idx not in memo:
                raise UnpicklingError("Memo value not found at index %d" % idx)
            stack.append(memo[idx])
        elif op == 0x71:    # BINPUT
            need(1)
            if not stack:
                raise underflow()
            memo[data[pos]] = stack[-1]
            pos += 1
        elif op == 0x28:    # MARK
            metastack.append(stack)
            stack = []
        elif op == 0x65:    # APPENDS
            items = pop_mark()
            if not stack:
                raise underflow()
            lst = stack[-1]
            if type(lst) is list:
                lst.extend(items)
            else:
                ext = getattr(lst, 'extend', None)
                if ext is not None:
                    ext(items)
                else:
                    for x in items:
                        lst.append(x)
        elif op == 0x61:    # APPEND
            if len(stack) < 2:
                raise underflow()
            x = stack.pop()
            lst = stack[-1]
            lst.append(x)
        elif op == 0x75:    # SETITEMS
            items = pop_mark()
            if not stack:
                raise underflow()
            d = stack[-1]
            if len(items) % 2:
                raise UnpicklingError("odd number of items for SETITEMS")
            for i in range(0, len(items), 2):
                d[items[i]] = items[i + 1]
        elif op == 0x73:    # SETITEM
            if len(stack) < 3:
                raise underflow()
            v = stack.pop()
            k = stack.pop()
            stack[-1][k] = v
        elif op == 0x5d:    # EMPTY_LIST
            stack.append([])
        elif op == 0x7d:    # EMPTY_DICT
            stack.append({})
        elif op == 0x29:    # EMPTY_TUPLE
            stack.append(())
        elif op in (0x85, 0x86, 0x87):  # TUPLE1-3
            k = op - 0x84
            if len(stack) < k:
                raise underflow()
            t = tuple(stack[len(stack) - k:])
            del stack[len(stack) - k:]
            stack.append(t)
        elif op == 0x74:    # TUPLE
            items = pop_mark()
            stack.append(tuple(items))
        elif op == 0x4e:    # NONE
            stack.append(None)
        elif op == 0x88:    # NEWTRUE
            stack.append(True)
        elif op == 0x89:    # NEWFALSE
            stack.append(False)
        elif op == 0x47:    # BINFLOAT
            need(8)
            stack.append(_unpack('>d', data[pos:pos + 8])[0])
            pos += 8
        elif op == 0x58:    # BINUNICODE
            need(4)
            k = _unpack('<I', data[pos:pos + 4])[0]
            need(4 + k)
            stack.append(str(data[pos + 4:pos + 4 + k], 'utf-8', 'surrogatepass'))
            pos += 4 + k
        elif op == 0x8d:    # BINUNICODE8
            need(8)
            k = _unpack('<Q', data[pos:pos + 8])[0]
            need(8 + k)
            stack.append(str(data[pos + 8:pos + 8 + k], 'utf-8', 'surrogatepass'))
            pos += 8 + k
        elif op == 0x43:    # SHORT_BINBYTES
            need(1)
            k = data[pos]
            need(1 + k)
            stack.append(data[pos + 1:pos + 1 + k])
            pos += 1 + k
        elif op == 0x42:    # BINBYTES
            need(4)
            k = _unpack('<I', data[pos:pos + 4])[0]
            need(4 + k)
            stack.append(data[pos + 4:pos + 4 + k])
            pos += 4 + k
        elif op == 0x8e:    # BINBYTES8
            need(8)
            k = _unpack('<Q', data[pos:pos + 8])[0]
            need(8 + k)
            stack.append(data[pos + 8:pos + 8 + k])
            pos += 8 + k
        elif op == 0x96:    # BYTEARRAY8
            need(8)
            k = _unpack('<Q', data[pos:pos + 8])[0]
            need(8 + k)
            stack.append(bytearray(data[pos + 8:pos + 8 + k]))
            pos += 8 + k
        elif op == 0x97:    # NEXT_BUFFER
            if u._buffers is None:
                raise UnpicklingError("pickle stream refers to out-of-band data "
                                      "but no *buffers* argument was given")
            try:
                buf = next(u._buffers)
            except StopIteration:
                raise UnpicklingError("not enough out-of-band buffers") from None
            stack.append(buf)
        elif op == 0x98:    # READONLY_BUFFER
            if not stack:
                raise underflow()
            buf = memoryview(stack[-1])
            if not buf.readonly:
                stack[-1] = buf.toreadonly()
        elif op == 0x8a:    # LONG1
            need(1)
            k = data[pos]
            need(1 + k)
            stack.append(_decode_long(data[pos + 1:pos + 1 + k]))
            pos += 1 + k
        elif op == 0x8b:    # LONG4
            need(4)
            k = _unpack('<i', data[pos:pos + 4])[0]
            if k < 0:
                raise UnpicklingError("LONG pickle has negative byte count")
            need(4 + k)
            stack.append(_decode_long(data[pos + 4:pos + 4 + k]))
            pos += 4 + k
        elif op == 0x49:    # INT
            line, pos = readline()
            if line == b'00':
                val = False
            elif line == b'01':
                val = True
            else:
                try:
                    val = int(line, 0)
                except ValueError:
                    raise ValueError("invalid literal for int() with base 10: %r"
                                     % line) from None
            stack.append(val)
        elif op == 0x4c:    # LONG
            line, pos = readline()
            if line[-1:] == b'L':
                line = line[:-1]
            stack.append(int(line, 0))
        elif op == 0x46:    # FLOAT
            line, pos = readline()
            stack.append(float(line))
        elif op == 0x53:    # STRING
            line, pos = readline()
            if len(line) >= 2 and line[0] == line[-1] and line[0] in b'"\'':
                line = line[1:-1]
            else:
                raise UnpicklingError("the STRING opcode argument must be quoted")
            stack.append(_decode_string(u, _escape_decode(line)))
        elif op == 0x54:    # BINSTRING
            need(4)
            k = _unpack('<i', data[pos:pos + 4])[0]
            if k < 0:
                raise UnpicklingError("BINSTRING pickle has negative byte count")
            need(4 + k)
            stack.append(_decode_string(u, data[pos + 4:pos + 4 + k]))
            pos += 4 + k
        elif op == 0x55:    # SHORT_BINSTRING
            need(1)
            k = data[pos]
            need(1 + k)
            stack.append(_decode_string(u, data[pos + 1:pos + 1 + k]))
            pos += 1 + k
        elif op == 0x56:    # UNICODE
            line, pos = readline()
            stack.append(str(line, 'raw-unicode-escape'))
        elif op == 0x70:    # PUT
            line, pos = readline()
            try:
                idx = int(line)
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r" % line) from None
            if idx < 0:
                raise ValueError("negative PUT argument")
            if not stack:
                raise underflow()
            memo[idx] = stack[-1]
        elif op == 0x72:    # LONG_BINPUT
            need(4)
            idx = _unpack('<I', data[pos:pos + 4])[0]
            pos += 4
            if not stack:
                raise underflow()
            memo[idx] = stack[-1]
        elif op == 0x67:    # GET
            line, pos = readline()
            idx = int(line)
            if idx not in memo:
                raise UnpicklingError("Memo value not found at index %d" % idx)
            stack.append(memo[idx])
        elif op == 0x6a:    # LONG_BINGET
            need(4)
            idx = _unpack('<I', data[pos:pos + 4])[0]
            pos += 4
            if idx not in memo:
                raise UnpicklingError("Memo value not found at index %d" % idx)
            stack.append(memo[idx])
        elif op == 0x6c:    # LIST
            items = pop_mark()
            stack.append(items)
        elif op == 0x64:    # DICT
            items = pop_mark()
            d = {}
            if len(items) % 2:
                raise UnpicklingError("odd number of items for DICT")
            for i in range(0, len(items), 2):
                d[items[i]] = items[i + 1]
            stack.append(d)
        elif op == 0x8f:    # EMPTY_SET
            stack.append(set())
        elif op == 0x90:    # ADDITEMS
            items = pop_mark()
            if not stack:
                raise underflow()
            s = stack[-1]
            if isinstance(s, set):
                s.update(items)
            else:
                for x in items:
                    s.add(x)
        elif op == 0x91:    # FROZENSET
            items = pop_mark()
            stack.append(frozenset(items))
        elif op == 0x30:    # POP
            if stack:
                stack.pop()
            elif metastack:
                pop_mark()
            else:
                raise underflow()
        elif op == 0x31:    # POP_MARK
            pop_mark()
        elif op == 0x32:    # DUP
            if not stack:
                raise underflow()
            stack.append(stack[-1])
        elif op == 0x63:    # GLOBAL
            module, pos = readline()
            name, pos = readline()
            module = module.decode('utf-8')
            name = name.decode('utf-8')
            stack.append(u.find_class(module, name))
        elif op == 0x93:    # STACK_GLOBAL
            if len(stack) < 2:
                raise underflow()
            name = stack.pop()
            module = stack.pop()
            if type(name) is not str or type(module) is not str:
                raise UnpicklingError("STACK_GLOBAL requires str")
            stack.append(u.find_class(module, name))
        elif op in (0x82, 0x83, 0x84):  # EXT1, EXT2, EXT4
            if op == 0x82:
                need(1)
                code = data[pos]
                pos += 1
            elif op == 0x83:
                need(2)
                code = data[pos] | (data[pos + 1] << 8)
                pos += 2
            else:
                need(4)
                code = _unpack('<i', data[pos:pos + 4])[0]
                pos += 4
            stack.append(_get_extension(u, code))
        elif op == 0x52:    # REDUCE
            if len(stack) < 2:
                raise underflow()
            args = stack.pop()
            func = stack[-1]
            if not isinstance(args, tuple):
                raise UnpicklingError("REDUCE args must be a tuple")
            stack[-1] = func(*args)
        elif op == 0x81:    # NEWOBJ
            if len(stack) < 2:
                raise underflow()
            args = stack.pop()
            cls = stack.pop()
            if not isinstance(cls, type):
                raise UnpicklingError("NEWOBJ class argument isn't a type object")
            if not isinstance(args, tuple):
                raise UnpicklingError("NEWOBJ expected an arg tuple.")
            stack.append(cls.__new__(cls, *args))
        elif op == 0x92:    # NEWOBJ_EX
            if len(stack) < 3:
                raise underflow()
            kwargs = stack.pop()
            args = stack.pop()
            cls = stack.pop()
            if not isinstance(cls, type):
                raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                      % type(cls).__name__)
            if not isinstance(args, tuple):
                raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                      % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                      % type(kwargs).__name__)
            stack.append(cls.__new__(cls, *args, **kwargs))
        elif op == 0x62:    # BUILD
            if len(stack) < 2:
                raise underflow()
            state = stack.pop()
            inst = stack[-1]
            _build(inst, state)
        elif op == 0x69:    # INST
            module, pos = readline()
            name, pos = readline()
            cls = u.find_class(module.decode('ascii'), name.decode('ascii'))
            args = tuple(pop_mark())
            stack.append(_instantiate(cls, args))
        elif op == 0x6f:    # OBJ
            items = pop_mark()
            if not items:
                raise underflow()
            cls = items[0]
            stack.append(_instantiate(cls, tuple(items[1:])))
        elif op == 0x50:    # PERSID
            line, pos = readline()
            try:
                pid = line.decode('ascii')
            except UnicodeDecodeError:
                raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
            stack.append(u.persistent_load(pid))
        elif op == 0x51:    # BINPERSID
            if not stack:
                raise underflow()
            pid = stack.pop()
            stack.append(u.persistent_load(pid))
        else:
            if 0x20 <= op <= 0x7e:
                raise UnpicklingError("invalid load key, '%s'." % chr(op))
            raise UnpicklingError("invalid load key, '\\x%02x'." % op)


def _decode_string(u, data):
    if u.encoding == 'bytes':
        return data
    return data.decode(u.encoding, u.errors)


def _instantiate(cls, args):
    if (not args and isinstance(cls, type) and not hasattr(cls, '__getinitargs__')):
        return cls.__new__(cls)
    return cls(*args)


def _get_extension(u, code):
    nil = []
    obj = _copyreg._extension_cache.get(code, nil)
    if obj is not nil:
        return obj
    key = _copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    obj = u.find_class(*key)
    _copyreg._extension_cache[code] = obj
    return obj


def _build(inst, state):
    setstate = getattr(inst, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state and isinstance(inst, BaseException):
        # BaseException.__setstate__: the items become attributes.
        if not isinstance(state, dict):
            raise TypeError("state is not a dictionary")
        for k, v in state.items():
            setattr(inst, k, v)
        state = None
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for k, v in state.items():
            if type(k) is str:
                inst_dict[sys.intern(k)] = v
            else:
                inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


class _BytesReader:
    def __init__(self, data):
        self.data = data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    return Pickler(None, protocol, fix_imports=fix_imports,
                   buffer_callback=buffer_callback).dump(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler.__new__(Unpickler)
    u._file_read = None
    u._buffers = iter(buffers) if buffers is not None else None
    u.memo = {}
    u.encoding = encoding
    u.errors = errors
    u.proto = 0
    u.fix_imports = fix_imports
    u._data = bytes(data)
    return u.load()

"""Pretty printing: pprint(), pformat(), pp(), saferepr(), isreadable(),
isrecursive() and PrettyPrinter with indent, width, depth, stream,
compact, sort_dicts and underscore_numbers.

Lines break as CPython's do for dicts, lists, tuples, sets, frozensets,
strings, bytes, bytearrays, dataclasses (with their generated repr),
OrderedDict, defaultdict, Counter, deque, ChainMap and the collections'
User* wrappers; other objects print their repr(). A type is handled as
its nearest base in that list unless a class in between defines
__repr__. PrettyPrinter has no _dispatch table to extend.
"""

import sys as _sys
import re
import collections as _collections
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-prints object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers
                         ).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() that keeps dicts in their order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that survives recursive structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key that orders values of unorderable types by type name and
    id instead of failing."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__,
                                             id(object))


_scalars = (str, bytes, bytearray, float, complex, bool, type(None))

# The classes whose repr the printer knows, by the name of the method
# that lays them out over several lines.
_layouts = {
    dict: '_pprint_dict',
    list: '_pprint_list',
    tuple: '_pprint_tuple',
    set: '_pprint_set',
    frozenset: '_pprint_set',
    str: '_pprint_str',
    bytes: '_pprint_bytes',
    bytearray: '_pprint_bytearray',
    _collections.OrderedDict: '_pprint_ordered_dict',
    _collections.defaultdict: '_pprint_default_dict',
    _collections.Counter: '_pprint_counter',
    _collections.deque: '_pprint_deque',
    _collections.ChainMap: '_pprint_chain_map',
    _collections.UserDict: '_pprint_user',
    _collections.UserList: '_pprint_user',
    _collections.UserString: '_pprint_user',
}


def _repr_class(typ):
    """The class of _layouts whose __repr__ typ uses, or None when a class
    on the way defines its own."""
    for cls in typ.__mro__:
        if cls in _layouts:
            return cls
        if '__repr__' in cls.__dict__:
            return None
    return None


def _generated_dataclass_repr(object):
    if isinstance(object, type):
        return False
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or not getattr(type(object), '__dataclass_fields__', None):
        return False
    if not params.repr:
        return False
    # the __repr__ that dataclasses made (not one the class defines)
    fn = getattr(type(object), '__repr__', None)
    return getattr(fn, '__module__', None) == 'dataclasses'


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout ----------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            cls = _repr_class(type(object))
            if cls is not None:
                layout = getattr(self, _layouts[cls])
            elif _generated_dataclass_repr(object):
                layout = self._pprint_dataclass
            else:
                layout = None
            if layout is not None:
                context[key] = 1
                layout(object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(rep)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _open_pad(self, stream):
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            close = '}'
        else:
            name = type(object).__name__
            stream.write(name + '({')
            close = '})'
            indent += len(name) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # a top-level string is split inside parentheses
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        rep = ''
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            rep = repr(line)
            if len(rep) <= (room - allowance if last_line else room):
                pieces.append(rep)
                continue
            # Split the line between words, each piece with its spaces.
            words = re.findall(r'\S*\s*', line)[:-1]
            limit = room
            current = ''
            for j, word in enumerate(words):
                if last_line and j == len(words) - 1:
                    limit -= allowance
                joined = current + word
                if len(repr(joined)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = joined
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(rep)
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        room = self._width - indent
        pieces = []
        current = b''
        last_start = len(object) // 4 * 4
        for start in range(0, len(object), 4):
            quad = object[start:start + 4]
            if start == last_start:
                room -= allowance
            joined = current + quad
            if len(repr(joined)) > room:
                if current:
                    pieces.append(repr(current))
                current = quad
            else:
                current = joined
        if current:
            pieces.append(repr(current))
        stream.write(('\n' + ' ' * indent).join(pieces))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context,
                             level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        if not len(object.maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        last = len(object.maps) - 1
        for i, m in enumerate(object.maps):
            if i == last:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _pprint_user(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the data they wrap
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        name = type(object).__name__
        import dataclasses
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(items, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        separator = ',\n' + ' ' * indent
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            stream.write(key)
            stream.write('=')
            if id(value) in context:
                # as the dataclass repr shows itself
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._open_pad(stream)
        separator = ',\n' + ' ' * indent
        items = list(items)
        if not items:
            return
        full = self._width - indent + 1
        left = full
        delim = ''
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full -= allowance
                left -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if left < need:
                    # start a new line
                    left = full
                    if delim:
                        delim = separator
                if left >= need:
                    left -= need
                    stream.write(delim)
                    delim = ', '
                    stream.write(rep)
                    continue
            stream.write(delim)
            delim = separator
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    # -- one-line reprs --------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _scalars:
            return repr(object), True, False
        cls = _repr_class(typ)
        if cls is None and issubclass(typ, int) and _plain_int_repr(typ):
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if cls is dict:
            if not object:
                return "{}", True, False
            items = object.items()
            if self._sort_dicts:
                items = sorted(items, key=_safe_tuple)
            return self._safe_join(object, '{%s}', '{...}', items, True,
                                   context, maxlevels, level)
        if cls is list or cls is tuple:
            if not object:
                return ("[]" if cls is list else "()"), True, False
            if cls is list:
                template = "[%s]"
            elif len(object) == 1:
                template = "(%s,)"
            else:
                template = "(%s)"
            return self._safe_join(object, template, template % "...",
                                   object, False, context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_join(self, object, template, elided, items, pairs, context,
                   maxlevels, level):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return elided, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                krep, kread, krec = self.format(item[0], context, maxlevels,
                                                level)
                vrep, vread, vrec = self.format(item[1], context, maxlevels,
                                                level)
                parts.append("%s: %s" % (krep, vrep))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                rep, read, rec = self.format(item, context, maxlevels, level)
                parts.append(rep)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return template % ", ".join(parts), readable, recursive


def _plain_int_repr(typ):
    """Whether typ (an int subclass) keeps int's own repr."""
    for cls in typ.__mro__:
        if cls is int:
            return True
        if '__repr__' in cls.__dict__:
            return False
    return True


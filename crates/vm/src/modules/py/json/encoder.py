"""Implementation of JSONEncoder
"""

# pyview's json.encoder: JSONEncoder as in CPython 3.11. encode() (and so
# json.dumps) runs the native one-shot encoder of _json, with or without
# an indent; iterencode() without _one_shot is the generator below, which
# yields the same chunks as CPython's Python encoder, and json.dump has
# the native encoder write those chunks (_dump).

import _json

__all__ = ['JSONEncoder']

c_encode_basestring_ascii = _json.encode_basestring_ascii
c_encode_basestring = _json.encode_basestring
c_make_encoder = _json.make_encoder
encode_basestring_ascii = c_encode_basestring_ascii
encode_basestring = c_encode_basestring

INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        #@line 150
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    # The `#@line N` marks put the lines a traceback shows from here at
    # the line numbers they have in CPython's json/encoder.py.
    #@line 174
    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).

        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    #@line 188
    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    #@line 233
    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.

        For example::

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        return _iterencode(o, 0)


    def _dump(self, o, fp):
        # `for chunk in self.iterencode(o): fp.write(chunk)`, natively: the
        # same chunks written at the same points (json.dump uses it when
        # iterencode is not overridden).
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _json._make_dump_encoder(
            markers, self.default, _encoder, indent,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan, fp)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _key_separator,
        _item_separator, _sort_keys, _skipkeys, _allow_nan):
    # The chunks are those of CPython's Python encoder: a container's
    # opening (with the first newline and indent) joined to its first
    # scalar item, each later scalar joined to the separator before it,
    # dict keys and key separators apart.
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent
    _intstr = int.__repr__
    _floatrepr = float.__repr__

    def _floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return _floatrepr(o)
        if not _allow_nan:
            raise ValueError(
                "Out of range float values are not JSON compliant: " +
                repr(o))
        return text

    def _scalar(value):
        # The text of a str, None, bool, int or float; None for others.
        if isinstance(value, str):
            return _encoder(value)
        if value is None:
            return 'null'
        if value is True:
            return 'true'
        if value is False:
            return 'false'
        if isinstance(value, int):
            return _intstr(value)
        if isinstance(value, float):
            return _floatstr(value)
        return None

    def _enter(o):
        if markers is None:
            return None
        markerid = id(o)
        if markerid in markers:
            raise ValueError("Circular reference detected")
        markers[markerid] = o
        return markerid

    def _leave(markerid):
        if markers is not None:
            del markers[markerid]

    def _nested(value, level):
        if isinstance(value, (list, tuple)):
            return _iterencode_list(value, level)
        if isinstance(value, dict):
            return _iterencode_dict(value, level)
        return _iterencode(value, level)

    def _iterencode_list(lst, level):
        if not lst:
            yield '[]'
            return
        markerid = _enter(lst)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = _scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from _nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield ']'
        _leave(markerid)

    def _key(key):
        # A dict key as text; None to skip it.
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return _intstr(key)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _iterencode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        markerid = _enter(dct)
        yield '{'
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            key = _key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = _scalar(value)
            if text is not None:
                yield text
            else:
                yield from _nested(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + _indent * level
        yield '}'
        _leave(markerid)

    def _iterencode(o, level):
        text = _scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, level)
        else:
            markerid = _enter(o)
            o = _default(o)
            yield from _iterencode(o, level)
            _leave(markerid)

    return _iterencode

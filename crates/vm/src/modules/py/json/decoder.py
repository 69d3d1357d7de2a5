"""Implementation of JSONDecoder
"""

# pyview's json.decoder: JSONDecoder and JSONDecodeError as in CPython
# 3.11, over the native scanner and scanstring of _json (which raise
# JSONDecodeError from this module).

import _json
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

c_scanstring = _json.scanstring
scanstring = c_scanstring

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        # Lines and columns count from 1; the column is the distance from
        # the last newline before pos (or from the start).
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}


class _WsMatch:
    # What WHITESPACE.match gives decode in CPython: where it ends.
    __slots__ = ('_end',)

    def __init__(self, end):
        self._end = end

    def end(self):
        return self._end


def _ws_match(s, idx):
    return _WsMatch(_ws_end(s, idx))


def _ws_end(s, idx):
    # The end of the JSON whitespace (space, tab, newline, return) at idx.
    rest = s[idx:]
    return idx + len(rest) - len(rest.lstrip(' \t\n\r'))


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.

    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        # The scanner reads the hooks now: later changes to them do not
        # reach it (as with CPython's C scanner).
        self.scan_once = scanner.make_scanner(self)

    # The `#@line N` mark puts the lines a traceback shows from here at
    # the line numbers they have in CPython's json/decoder.py.
    #@line 332
    def decode(self, s, _w=_ws_match):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).

        """
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.

        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end

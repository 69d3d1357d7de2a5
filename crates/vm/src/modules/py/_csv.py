"""CSV parsing and writing (pyview's `_csv`, CPython's C module in Python).

The reader is CPython's state machine, one character at a time, with its
errors; the writer decides per field whether to quote (or, with
QUOTE_NONE, escape) exactly as CPython's does. Tracebacks leave out this
module's frames, as CPython's are C.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

_DIALECT_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
                  "quotechar", "quoting", "skipinitialspace", "strict")


def _char(name, value, default, allow_none):
    if value is _unset:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_unset = object()


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _DIALECT_ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (type(dialect) is Dialect and not kwargs):
                return dialect
        self = object.__new__(cls)

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return _unset

        self._delimiter = _char("delimiter", pick("delimiter"), ",", False)
        doublequote = pick("doublequote")
        self._doublequote = True if doublequote is _unset else bool(doublequote)
        self._escapechar = _char("escapechar", pick("escapechar"), None, True)
        lineterminator = pick("lineterminator")
        if lineterminator is _unset:
            lineterminator = "\r\n"
        elif not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        quoting = pick("quoting")
        quotechar = pick("quotechar")
        if quoting is _unset:
            quoting = QUOTE_MINIMAL
            if quotechar is None:
                quoting = QUOTE_NONE
        elif type(quoting) is not int and not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self._quoting = int(quoting)
        self._quotechar = _char("quotechar", quotechar, '"', True)
        skip = pick("skipinitialspace")
        self._skipinitialspace = False if skip is _unset else bool(skip)
        strict = pick("strict")
        self._strict = False if strict is _unset else bool(strict)
        if self._quotechar is None and self._quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = "_csv"


def _dialect(dialect, kwargs):
    return Dialect(dialect, **kwargs)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._state = _START_RECORD
        self._fields = None
        self._field = []
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        # `c` is one character, or None for the end of a line.
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is None else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            if c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is None else c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d._strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(None)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields


Reader.__name__ = Reader.__qualname__ = "reader"
Reader.__module__ = "_csv"


def _is_number(v):
    t = type(v)
    return (isinstance(v, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__"))


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect

    def _field(self, text, quoted, out):
        d = self.dialect
        specials = {d._delimiter}
        if d._escapechar is not None:
            specials.add(d._escapechar)
        if d._quotechar is not None:
            specials.add(d._quotechar)
        specials.update(d._lineterminator)
        chars = []
        for c in text:
            if c in specials:
                escape = False
                if d._quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            chars.append(c)
                        else:
                            escape = True
                    elif c == d._escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d._escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d._escapechar)
            chars.append(c)
        if quoted:
            out.append(d._quotechar + "".join(chars) + d._quotechar)
        else:
            out.append("".join(chars))

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        for field in fields:
            if d._quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d._quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._field(text, quoted, out)
        if len(out) == 1 and out[0] == "":
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out[0] = d._quotechar * 2
        return self._write(d._delimiter.join(out) + d._lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = "writer"
Writer.__module__ = "_csv"


def reader(csvfile, dialect=None, **fmtparams):
    lines = iter(csvfile)
    return Reader(lines, _dialect(dialect, fmtparams))


def writer(fileobj, dialect=None, **fmtparams):
    write = getattr(fileobj, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return Writer(write, _dialect(dialect, fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old

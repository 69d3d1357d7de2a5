"""Extract, format and print information about Python stack traces."""

import sys

__all__ = ['extract_tb', 'format_exc', 'format_exception',
           'format_exception_only', 'format_list', 'format_tb',
           'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_tb', 'print_list', 'clear_frames', 'FrameSummary',
           'StackSummary', 'TracebackException', 'extract_stack',
           'format_stack', 'print_stack', 'walk_stack', 'walk_tb']

# `_format` and `_frames` are native: the interpreter's report printer.


class _Unset:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Unset()


def _value_and_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(
                f'Exception expected for value, {type(exc).__name__} found')
        return exc, exc.__traceback__
    return value, tb


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _line_for_non_exception(value):
    # What CPython prints for a value that is not an exception
    # (`format_exception_only(None)`): its type and its str().
    cls = type(value)
    name = cls.__qualname__
    if cls.__module__ not in ('__main__', 'builtins'):
        name = f'{cls.__module__}.{name}'
    text = _safe_str(value)
    return f'{name}: {text}\n' if text else f'{name}\n'


def _limit(limit):
    # No limit given: sys.tracebacklimit's, a negative one counting as 0.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _lines(value, tb, limit, chain):
    if isinstance(value, BaseException):
        return _format(value, tb, _limit(limit), chain, False)
    return [_line_for_non_exception(value)]


def _only_lines(value):
    if isinstance(value, BaseException):
        return _format(value, None, None, False, True)
    return [_line_for_non_exception(value)]


def _write(parts, file):
    if file is None:
        file = sys.stderr
    for part in parts:
        print(part, file=file, end="")


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    _write(_lines(value, tb, limit, chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    return _lines(value, tb, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _only_lines(value)


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def extract_tb(tb, limit=None):
    frames = StackSummary()
    for (filename, lineno, name, line, text, end_lineno, colno,
         end_colno) in _frames(tb, _limit(limit)):
        summary = FrameSummary(filename, lineno, name, line=line,
                               end_lineno=end_lineno, colno=colno,
                               end_colno=end_colno)
        summary._text = text
        frames.append(summary)
    return frames


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write(StackSummary.from_list(extracted_list).format(), file)


def clear_frames(tb):
    pass


def walk_stack(f):
    """Yield each frame from f outwards, with its line number."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield each frame of a traceback, outermost first, with its line."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_stack(f=None, limit=None):
    """The stack from frame f (the caller's by default), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


class FrameSummary:
    """One frame of a traceback: file, line number, function and line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = None
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = None

    def _key(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._key() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._key()[pos]

    def __iter__(self):
        return iter(self._key())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            import linecache
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


_REPEAT_SHOWN = 3


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        # The frames between walk_stack's and the caller's are CPython's,
        # so that walk_stack(None) steps out to the caller as there.
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, lineno

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            summary = FrameSummary(code.co_filename, lineno, code.co_name,
                                   lookup_line=False)
            if lookup_lines:
                summary.line
            result.append(summary)
        return result

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                summary.append(frame)
            else:
                filename, lineno, name, line = frame
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        text = getattr(frame_summary, '_text', None)
        if text is not None:
            return text
        parts = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, '
                 f'in {frame_summary.name}\n']
        if frame_summary.line:
            parts.append(f'    {frame_summary.line}\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        result = []
        previous = None
        count = 0
        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != previous:
                _note_repeats(result, count)
                previous = key
                count = 0
            count += 1
            if count <= _REPEAT_SHOWN:
                result.append(text)
        _note_repeats(result, count)
        return result


def _note_repeats(result, count):
    more = count - _REPEAT_SHOWN
    if more > 0:
        s = 's' if more > 1 else ''
        result.append(f'  [Previous line repeated {more} more time{s}]\n')


class TracebackException:
    """An exception's report, ready to format."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = extract_tb(exc_traceback, limit=limit)
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        self.exceptions = None
        if isinstance(exc_value, BaseException):
            self.__suppress_context__ = exc_value.__suppress_context__
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, _seen=_seen)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [
                    TracebackException(type(e), e, e.__traceback__,
                                       limit=limit, _seen=_seen)
                    for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _only_lines(self._value)

    def format(self, *, chain=True):
        yield from _lines(self._value, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        _write(self.format(chain=chain), file)

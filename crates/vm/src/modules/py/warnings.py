"""Python part of the warnings subsystem."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# `warn` and `warn_explicit` are native: they find the caller's frame and
# call `_warn_explicit_impl` below, raising what it returns.


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # CPython names where the source was allocated when tracemalloc
        # traces; pyview has no tracemalloc.
        s += f"{category}: Enable tracemalloc to get the object allocation traceback\n"
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace if you like."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno,
               msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Function to format a warning the standard way."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category,
                      msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


#@line 130
def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    #@line 142
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


#@line 165
def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    #@line 175
    assert action in ("error", "ignore", "always", "default", "module",
                      "once"), "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
           "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


class _Pattern:
    """The compiled form of a filter's message or module pattern.

    Matches as `re.match` does, for the regular expressions filters use:
    literals, `.`, classes `[...]`, the escapes `\\d \\w \\s \\D \\W \\S`,
    `^`, `$`, `\\Z`, and the quantifiers `* + ?` (greedy).
    """

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.flags = 34 if ignorecase else 32
        self._ignorecase = ignorecase
        self._atoms = _parse(pattern)

    def __repr__(self):
        if self._ignorecase:
            return f"re.compile({self.pattern!r}, re.IGNORECASE)"
        return f"re.compile({self.pattern!r})"

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def match(self, text):
        if self._ignorecase:
            text = text.lower()
        return _match(self._atoms, 0, text, 0) is not None or None


def _parse(pattern):
    # Atoms are (kind, value, quantifier): kind 'lit', 'any', 'set',
    # 'bol', 'eol', 'eos'.
    atoms = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '.':
            atom = ('any', None)
        elif c == '^':
            atom = ('bol', None)
        elif c == '$':
            atom = ('eol', None)
        elif c == '\\' and i < n:
            e = pattern[i]
            i += 1
            if e == 'Z':
                atom = ('eos', None)
            elif e in 'dwsDWS':
                atom = ('set', (e.islower(), [('class', e.lower())]))
            else:
                atom = ('lit', e)
        elif c == '[':
            negate = i < n and pattern[i] == '^'
            if negate:
                i += 1
            items = []
            first = True
            while i < n and (pattern[i] != ']' or first):
                first = False
                ch = pattern[i]
                i += 1
                if ch == '\\' and i < n:
                    e = pattern[i]
                    i += 1
                    if e in 'dws':
                        items.append(('class', e))
                        continue
                    ch = e
                if i + 1 < n and pattern[i] == '-' and pattern[i + 1] != ']':
                    items.append(('range', (ch, pattern[i + 1])))
                    i += 2
                else:
                    items.append(('range', (ch, ch)))
            i += 1
            atom = ('set', (not negate, items))
        else:
            atom = ('lit', c)
        quant = None
        if i < n and pattern[i] in '*+?':
            quant = pattern[i]
            i += 1
        atoms.append((atom[0], atom[1], quant))
    return atoms


def _in_class(name, ch):
    if name == 'd':
        return ch.isdigit()
    if name == 'w':
        return ch.isalnum() or ch == '_'
    return ch.isspace()


def _one(kind, value, text, pos):
    if pos >= len(text):
        return False
    ch = text[pos]
    if kind == 'any':
        return ch != '\n'
    if kind == 'lit':
        return ch == value.lower() or ch == value
    positive, items = value
    found = False
    for item_kind, item in items:
        if item_kind == 'class':
            found = _in_class(item, ch)
        else:
            lo, hi = item
            found = lo <= ch <= hi or lo.lower() <= ch <= hi.lower()
        if found:
            break
    return found == positive


def _match(atoms, k, text, pos):
    if k == len(atoms):
        return pos
    kind, value, quant = atoms[k]
    if kind == 'bol':
        return _match(atoms, k + 1, text, pos) if pos == 0 else None
    if kind == 'eol':
        at_end = pos == len(text) or (pos == len(text) - 1 and text[pos] == '\n')
        return _match(atoms, k + 1, text, pos) if at_end else None
    if kind == 'eos':
        return _match(atoms, k + 1, text, pos) if pos == len(text) else None
    if quant is None:
        if _one(kind, value, text, pos):
            return _match(atoms, k + 1, text, pos + 1)
        return None
    lowest = 1 if quant == '+' else 0
    highest = 1 if quant == '?' else len(text) - pos
    count = 0
    while count < highest and _one(kind, value, text, pos + count):
        count += 1
    while count >= lowest:
        end = _match(atoms, k + 1, text, pos + count)
        if end is not None:
            return end
        count -= 1
    return None


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """Exception used by option processing helpers."""
    pass


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _matched(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _warn_explicit_impl(message, category, filename, lineno, module,
                        registry, source):
    # The body of `warn`/`warn_explicit`: returns the exception to raise
    # (the warning under the "error" action, or a usage error), else None.
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        return TypeError("category must be a Warning subclass, "
                         "not '{:s}'".format(type(category).__name__))
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return None
    if not isinstance(filters, list):
        return ValueError("_warnings.filters must be a list")
    for item in filters:
        if not (isinstance(item, tuple) and len(item) == 5):
            return ValueError("_warnings.filters item %d isn't a 5-tuple"
                              % filters.index(item))
        action, msg, cat, mod, ln = item
        if (_matched(msg, text) and issubclass(category, cat) and
                _matched(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None
    if action == "error":
        return message
    if action == "ignore":
        return None
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return None
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return None
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        return RuntimeError(
              "Unrecognized action (%r) in warnings.filters:\n %s" %
              (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)
    return None


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                    "line : %r}" % (self.message, self._category_name,
                                    self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon
    exiting the context.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = 1
defaultaction = "default"
onceregistry = {}
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]

"""pwd: the password database, read from /etc/passwd.

CPython asks the C library (which may also consult NSS services); pyview
reads the file itself, so users known only to a directory service are
missing. Entries are `struct_passwd` tuples with named fields; the
argument checks and messages are those of CPython's C module.
"""

__all__ = ["getpwuid", "getpwnam", "getpwall", "struct_passwd"]

_FIELDS = ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell")


def _struct_type(module, name, fields, doc):
    """A struct sequence type: a tuple whose items are also named fields."""

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError("%s.%s() takes a %d-sequence (%d-sequence given)"
                            % (module, name, len(fields), len(items)))
        return tuple.__new__(cls, items)

    def __repr__(self):
        return "%s.%s(%s)" % (module, name, ", ".join(
            "%s=%r" % (f, v) for f, v in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
          "__module__": module, "__doc__": doc, "__slots__": (),
          "n_fields": len(fields), "n_sequence_fields": len(fields), "n_unnamed_fields": 0,
          "__match_args__": fields}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name, (tuple,), ns)


struct_passwd = _struct_type(
    "pwd", "struct_passwd", _FIELDS,
    "pwd.struct_passwd: Results from getpw*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
    "or via the object attributes as named in the above tuple.")


def _read_db(path, struct, numeric):
    """The entries of a colon-separated database file: lines with the
    struct's number of fields, `numeric` ones as ints; comments, NIS
    markers and malformed lines are skipped. An unreadable file (or one
    the sandbox hides) has no entries."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(":")
        if len(parts) != struct.n_fields or line.startswith(("#", "+", "-")):
            continue
        try:
            for i in numeric:
                parts[i] = int(parts[i])
        except ValueError:
            continue
        out.append(parts)
    return out


def _entries():
    return [struct_passwd(p) for p in _read_db("/etc/passwd", struct_passwd, (2, 3))]


def _id_arg(value, what):
    """CPython's uid/gid converter: an integer of the id type, or -1.

    Returns the id as a C `id_t` shows it (`(id_t)-1` reads as -1), or None
    when it does not fit."""
    if not isinstance(value, int):
        try:
            value = value.__index__()
        except AttributeError:
            raise TypeError("%s should be integer, not %s"
                            % (what, type(value).__name__)) from None
    if value == -1 or value == 0xFFFFFFFF:
        return -1
    if not 0 <= value < 0xFFFFFFFF:
        return None
    return value


def _one_arg(func, args, kwargs):
    if kwargs:
        raise TypeError("pwd.%s() takes no keyword arguments" % func)
    if len(args) != 1:
        raise TypeError("pwd.%s() takes exactly one argument (%d given)" % (func, len(args)))
    return args[0]


def getpwuid(*args, **kwargs):
    """Return the password database entry for the given numeric user ID.

See `help(pwd)` for more on password database entries."""
    uid = _id_arg(_one_arg("getpwuid", args, kwargs), "uid")
    if uid is None:
        raise KeyError("getpwuid(): uid not found")
    for e in _entries():
        if e[2] == uid or (uid == -1 and e[2] == 0xFFFFFFFF):
            return e
    raise KeyError("getpwuid(): uid not found: %d" % uid)


def getpwnam(*args, **kwargs):
    """Return the password database entry for the given user name.

See `help(pwd)` for more on password database entries."""
    name = _one_arg("getpwnam", args, kwargs)
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    if "\0" in name:
        raise ValueError("embedded null byte")
    for e in _entries():
        if e[0] == name:
            return e
    raise KeyError("getpwnam(): name not found: %r" % (name,))


def getpwall(*args, **kwargs):
    """Return a list of all available password database entries, in arbitrary order.

See help(pwd) for more on password database entries."""
    if kwargs:
        raise TypeError("pwd.getpwall() takes no keyword arguments")
    if args:
        raise TypeError("pwd.getpwall() takes no arguments (%d given)" % len(args))
    return _entries()


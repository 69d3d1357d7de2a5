"""grp: the group database, read from /etc/group.

As pyview's `pwd`, this reads the file rather than asking the C library,
so groups known only to a directory service are missing. Entries are
`struct_group` tuples whose `gr_mem` is the list of member names.
"""

from pwd import _struct_type, _id_arg, _read_db

__all__ = ["getgrgid", "getgrnam", "getgrall", "struct_group"]

struct_group = _struct_type(
    "grp", "struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
    "grp.struct_group: Results from getgr*() routines.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
    "or via the object attributes as named in the above tuple.")


def _entries():
    out = []
    for parts in _read_db("/etc/group", struct_group, (2,)):
        parts[3] = [m for m in parts[3].split(",") if m]
        out.append(struct_group(parts))
    return out


def _arg(func, param, args, kwargs):
    """One argument, positional or by keyword, checked as Argument Clinic does."""
    if len(args) + len(kwargs) > 1:
        raise TypeError("%s() takes at most 1 %s (%d given)" % (
            func, "keyword argument" if not args else "argument", len(args) + len(kwargs)))
    if args:
        return args[0]
    if param in kwargs:
        return kwargs[param]
    raise TypeError("%s() missing required argument '%s' (pos 1)" % (func, param))


def getgrgid(*args, **kwargs):
    """Return the group database entry for the given numeric group ID.

If id is not valid, raise KeyError."""
    value = _arg("getgrgid", "id", args, kwargs)
    gid = _id_arg(value, "gid")
    if gid is None:
        # CPython reads the id as a C long first: any value a long holds
        # that is not a gid counts as too small.
        raise OverflowError("gid is greater than maximum" if value.__index__() >= 1 << 63
                            else "gid is less than minimum")
    for e in _entries():
        if e[2] == gid or (gid == -1 and e[2] == 0xFFFFFFFF):
            return e
    raise KeyError("getgrgid(): gid not found: %d" % gid)


def getgrnam(*args, **kwargs):
    """Return the group database entry for the given group name.

If name is not valid, raise KeyError."""
    name = _arg("getgrnam", "name", args, kwargs)
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s" % type(name).__name__)
    if "\0" in name:
        raise ValueError("embedded null byte")
    for e in _entries():
        if e[0] == name:
            return e
    raise KeyError("getgrnam(): name not found: %r" % (name,))


def getgrall(*args, **kwargs):
    """Return a list of all available group entries, in arbitrary order.

An entry whose name starts with '+' or '-' represents an instruction
to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    if kwargs:
        raise TypeError("grp.getgrall() takes no keyword arguments")
    if args:
        raise TypeError("grp.getgrall() takes no arguments (%d given)" % len(args))
    return _entries()

"""pyview's posixpath (os.path): the pure path functions written from
their documented behaviour, and the queries over the native posix module
(which apply the host's file sandbox: what lies outside does not exist).

Supports join, split, splitext, basename, dirname, isabs, normpath,
abspath, exists, lexists, isfile, isdir, getsize, commonprefix, splitdrive,
relpath. Not supported: expanduser, expandvars, realpath, getmtime and the
other stat-based functions.
"""

from posix import _exists, _isfile, _isdir, _getsize, getcwd, fspath

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _seps(p):
    return (b'/', b'.', b'..', b'') if isinstance(p, bytes) else ('/', '.', '..', '')


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def isabs(s):
    s = fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        for b in map(fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    p = fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = fspath(p)
    slash, dot, _, _ = _seps(p)
    sep_index = p.rfind(slash)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = fspath(p)
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    initial = 1 if path.startswith(slash) else 0
    if initial and path.startswith(slash * 2) and not path.startswith(slash * 3):
        initial = 2
    comps = path.split(slash)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = slash * initial + slash.join(new_comps)
    return path or dot


def abspath(path):
    path = fspath(path)
    if not isabs(path):
        cwd = getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def relpath(path, start=None):
    path = fspath(path)
    if not path:
        raise ValueError("no path specified")
    slash, dot, dotdot, _ = _seps(path)
    start = dot if start is None else fspath(start)
    start_list = [x for x in abspath(start).split(slash) if x]
    path_list = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def exists(path):
    try:
        return _exists(path)
    except (OSError, ValueError):
        return False


lexists = exists


def isfile(path):
    try:
        return _isfile(path)
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _isdir(s)
    except (OSError, ValueError):
        return False


def getsize(filename):
    return _getsize(filename)

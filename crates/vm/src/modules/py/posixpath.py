"""pyview's posixpath (os.path): the pure path functions written from
their documented behaviour, and the queries over the native posix module
(which apply the host's file sandbox: what lies outside does not exist).

Supports join, split, splitext, basename, dirname, isabs, normpath,
abspath, exists, lexists, isfile, isdir, getsize, commonprefix, splitdrive,
relpath, islink, getmtime/getatime/getctime, samefile, realpath,
expanduser, expandvars, commonpath. realpath resolves only inside the
sandbox.
"""

from posix import (_exists, _isfile, _isdir, _islink, _getsize, _realpath,
                   getcwd, fspath, stat as _stat, lstat as _lstat)

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


def _normpath(path):
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


#@file <frozen genericpath>
#@line 16
def exists(path):
    try:
        #@line 19
        _stat(path)
    except (OSError, ValueError):
        return False
    return True


#@line 27
def isfile(path):
    try:
        #@line 30
        _stat(path)
        return _isfile(path)
    except (OSError, ValueError):
        return False


#@line 39
def isdir(s):
    try:
        #@line 42
        _stat(s)
        return _isdir(s)
    except (OSError, ValueError):
        return False

#@line 48
def getsize(filename):
    #@line 50
    return _stat(filename).st_size

#@line 53
def getmtime(filename):
    #@line 55
    return _stat(filename).st_mtime

#@line 58
def getatime(filename):
    #@line 60
    return _stat(filename).st_atime

#@line 63
def getctime(filename):
    #@line 65
    return _stat(filename).st_ctime


#@line 69
def commonprefix(m):
    #@line 71
    if not m: return ''
    #@line 76
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


#@line 87
def samestat(s1, s2):
    #@line 89
    return (s1.st_ino == s2.st_ino and
            s1.st_dev == s2.st_dev)


#@line 94
def samefile(f1, f2):
    #@line 100
    s1 = _stat(f1)
    s2 = _stat(f2)
    return samestat(s1, s2)


#@line 144
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


#@file <frozen posixpath>
# The functions below sit at CPython's lines (its frozen posixpath), so
# that tracebacks through them read as CPython's.
#@line 52
def normcase(s):
    #@line 54
    return fspath(s)


#@line 60
def isabs(s):
    #@line 62
    s = fspath(s)
    return s.startswith(_seps(s)[0])


#@line 71
def join(a, *p):
    #@line 76
    a = fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + slash
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


#@line 100
def split(p):
    #@line 103
    p = fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


#@line 117
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

#@line 131
def splitdrive(p):
    #@line 134
    p = fspath(p)
    return p[:0], p


#@line 140
def basename(p):
    #@line 142
    p = fspath(p)
    i = p.rfind(_seps(p)[0]) + 1
    return p[i:]


#@line 150
def dirname(p):
    #@line 152
    p = fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head = p[:i]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


#@line 164
def islink(path):
    try:
        #@line 167
        _lstat(path)
        return _islink(path)
    except (OSError, ValueError, AttributeError):
        return False


#@line 174
def lexists(path):
    try:
        #@line 177
        _lstat(path)
    except (OSError, ValueError):
        return False
    return True


#@line 229
def expanduser(path):
    #@line 232
    path = fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


#@line 293
def expandvars(path):
    #@line 296
    path = fspath(path)
    if isinstance(path, bytes):
        return path
    if '$' not in path:
        return path
    import os
    import re
    pattern = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
    i = 0
    while True:
        m = pattern.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        if name in os.environ:
            tail = path[j:]
            path = path[:i] + os.environ[name]
            i = len(path)
            path += tail
        else:
            i = j
    return path


#@line 389
def normpath(path):
    #@line 391
    path = fspath(path)
    return _normpath(path)


#@line 397
def abspath(path):
    #@line 399
    path = fspath(path)
    if not isabs(path):
        cwd = getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


#@line 412
def realpath(filename, *, strict=False):
    #@line 415
    filename = fspath(filename)
    if strict:
        _stat(filename)
    if isinstance(filename, bytes):
        return _realpath(abspath(filename).decode()).encode()
    return _realpath(abspath(filename))


#@line 486
def relpath(path, start=None):
    #@line 489
    if not path:
        raise ValueError("no path specified")

    path = fspath(path)
    slash, dot, dotdot, _ = _seps(path)
    #@line 502
    if start is None:
        start = dot
    else:
        start = fspath(start)

    try:
        start_list = [x for x in abspath(start).split(slash) if x]
        path_list = [x for x in abspath(path).split(slash) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        #@line 518
        _check_arg_types('relpath', path, start)
        raise


#@line 527
def commonpath(paths):
    #@line 530
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')

    paths = tuple(map(fspath, paths))
    slash, dot, _, _ = _seps(paths[0])
    #@line 541
    try:
        split_paths = [path.split(slash) for path in paths]

        try:
            isabs, = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None

        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break

        prefix = slash if isabs else slash[:0]
        return prefix + slash.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise

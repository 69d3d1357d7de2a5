"""pyview's os: names and path operations over the native posix module.

Supports the constants (name, sep, linesep, curdir, pardir, extsep,
altsep, pathsep, devnull), getcwd, listdir, mkdir, makedirs, rmdir,
remove/unlink, rename/replace, urandom, fspath, PathLike and os.path
(posixpath), stat/lstat/fstat, scandir, walk, chdir, chmod, access,
utime, symlink, readlink, removedirs, and descriptors from os.open (read,
write, lseek, close, fdopen). Everything that touches the file system goes
through the host's file sandbox, as open() does. environ and getenv hold
the process's environment when the host lets scripts reach any file (else
nothing); changing them does not change the process's. Not supported:
processes, dir_fd, the standard streams as descriptors.
"""

import abc as _abc
import sys as _sys
from posix import (getcwd, listdir, mkdir as _mkdir, rmdir, remove, unlink,
                   rename, replace, urandom, fspath, uname, getpid, getppid, cpu_count,
                   _environ, stat, lstat, fstat, chdir, chmod, access, utime,
                   symlink, readlink, open, close, read, write, lseek,
                   ftruncate, fsync)
from _collections_abc import MutableMapping as _MutableMapping, Mapping as _Mapping
import posixpath as path

_sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_NDELAY = O_NONBLOCK
O_DSYNC = 0o10000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_SYNC = 0o4010000
O_ACCMODE = 3
supports_follow_symlinks = {stat}
supports_fd = {stat}
supports_dir_fd = set()
supports_effective_ids = set()


class _Environ(_MutableMapping):
    # The lines a traceback shows from here (frozen: numbers, not text) are
    # at CPython's line numbers.
    def __init__(self, data):
        self._data = data

    #@line 674
    def __getitem__(self, key):
        try:
            value = self._data[_encode(key)]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None
        return value

    def __setitem__(self, key, value):
        key = _encode(key)
        value = _encode(value)
        self._data[key] = value

    #@line 688
    def __delitem__(self, key):
        encodedkey = _encode(key)
        try:
            del self._data[encodedkey]
        except KeyError:
            # raise KeyError with the original key value
            #@line 695
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % item for item in self._data.items())
        return 'environ({%s})' % items

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_environ())


#@line 756
def encode(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value
_encode = encode
del encode


#@line 773
def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


class terminal_size(tuple):
    """A terminal's size: (columns, lines)."""

    def __new__(cls, size):
        size = tuple(size)
        if len(size) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence "
                            "(%d-sequence given)" % len(size))
        return tuple.__new__(cls, size)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def mkdir(path, mode=0o777, *, dir_fd=None):
    _mkdir(path)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        _mkdir(name)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def getcwdb():
    return getcwd().encode()


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


_S_IFMT = 0o170000


class DirEntry:
    """An entry of scandir(): its name, path and cached file type."""

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        return self._mode(False) & _S_IFMT == 0o120000

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & _S_IFMT == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & _S_IFMT == 0o100000

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def stat(self, *, follow_symlinks=True):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        if not follow_symlinks or self._lstat.st_mode & _S_IFMT != 0o120000:
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__module__ = 'posix'
_ScandirIterator.__qualname__ = _ScandirIterator.__name__ = 'ScandirIterator'


def scandir(path='.'):
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path), listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)

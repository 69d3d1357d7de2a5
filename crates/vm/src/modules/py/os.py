"""pyview's os: names and path operations over the native posix module.

Supports the constants (name, sep, linesep, curdir, pardir, extsep,
altsep, pathsep, devnull), getcwd, listdir, mkdir, makedirs, rmdir,
remove/unlink, rename/replace, urandom, fspath, PathLike and os.path
(posixpath). Everything that touches the file system goes through the
host's file sandbox, as open() does. environ and getenv hold the
process's environment when the host lets scripts reach any file (else
nothing); changing them does not change the process's. Not supported:
stat, file descriptors, processes, walk, scandir.
"""

import abc as _abc
import sys as _sys
from posix import (getcwd, listdir, mkdir as _mkdir, rmdir, remove, unlink,
                   rename, replace, urandom, fspath, uname, getpid, getppid,
                   _environ)
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


class _Environ(_MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
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


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def mkdir(path, mode=0o777):
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

"""pyview's os: names and path operations over the native posix module.

Supports the constants (name, sep, linesep, curdir, pardir, extsep,
altsep, pathsep, devnull), getcwd, listdir, mkdir, makedirs, rmdir,
remove/unlink, rename/replace, urandom, fspath, PathLike and os.path
(posixpath). Everything that touches the file system goes through the
host's file sandbox, as open() does. Not supported: stat, environ, file
descriptors, processes, walk, scandir.
"""

import abc as _abc
import sys as _sys
from posix import (getcwd, listdir, mkdir as _mkdir, rmdir, remove, unlink,
                   rename, replace, urandom, fspath, uname, getpid, getppid)
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

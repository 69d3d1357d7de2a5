"""pyview's pathlib: PurePath, PurePosixPath, Path and PosixPath as
CPython 3.11 on POSIX (parsing, the pure operations, reprs, equality,
hashing and ordering, and the file operations over os, inside the host's
file sandbox). Not supported: the Windows flavours (PureWindowsPath and
WindowsPath exist but refuse instances), owner/group, is_mount."""

import fnmatch
import functools
import io
import os
import posixpath
import re

from _collections_abc import Sequence
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


def _parse(args):
    """The root ('', '/' or '//') and the parts below it of the joined
    arguments."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = list(a._tail)
            else:
                parts.extend(a._tail)
            continue
        a = os.fspath(a)
        if not isinstance(a, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike "
                "object returning str, not %r" % type(a))
        if a.startswith('/'):
            if a.startswith('//') and not a.startswith('///'):
                root = '//'
            else:
                root = '/'
            parts = []
        parts.extend(x for x in a.split('/') if x and x != '.')
    return root, parts


class _PathParents(Sequence):
    __slots__ = ('_path', '_len')

    def __init__(self, path):
        self._path = path
        self._len = len(path._tail)

    def __len__(self):
        return self._len

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parsed(p._root, p._tail[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


@functools.total_ordering
class PurePath:
    """A file system path that does no I/O; instantiating PurePath gives
    a PurePosixPath."""

    __slots__ = ('_root', '_tail', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    def _from_parsed(self, root, tail):
        new = object.__new__(type(self))
        new._root = root
        new._tail = list(tail)
        return new

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            self._str = (self._root + '/'.join(self._tail)) or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
        quoted = ''.join(chr(b) if b in safe else '%%%02X' % b
                         for b in os.fsencode(str(self)))
        return 'file://' + quoted

    def _key(self):
        return str(self)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        if type(self)._flavour is not type(other)._flavour:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self._key())
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour is not type(other)._flavour:
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour is not type(other)._flavour:
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour is not type(other)._flavour:
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour is not type(other)._flavour:
            return NotImplemented
        return self.parts >= other.parts

    drive = property(lambda self: '', doc="The drive prefix (always '' on POSIX).")

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        if not self._tail:
            return ''
        return self._tail[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
#@line 670
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
#@line 674
            raise ValueError("Invalid name %r" % (name))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix:
#@line 689
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        root, tail = _parse(other)
        n = len(tail)
        if root != self._root or self._tail[:n] != tail:
            formatted = (root + '/'.join(tail)) or '.'
#@line 730
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', self._tail[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    def joinpath(self, *args):
        return self._from_parts((self,) + args)

    def __truediv__(self, key):
        try:
            return self._from_parts((self, key))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        root, pat_parts = _parse((path_pattern,))
        if not pat_parts and not root:
#@line 812
            raise ValueError("empty pattern")
        parts = self.parts
        if root:
            pat_parts = [root] + pat_parts
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


PurePath._flavour = None


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""
    _flavour = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths: not supported by pyview."""
    _flavour = None
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("pyview does not support PureWindowsPath")


def _ignore_error(exception):
    return (getattr(exception, 'errno', None) in (ENOENT, ENOTDIR, EBADF, ELOOP))


class Path(PurePath):
    """A PurePath that can make system calls; instantiating Path gives a
    PosixPath."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def samefile(self, other_path):
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
#@line 931
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _make_child_relpath(self, part):
        return self._from_parsed(self._root, self._tail + [part])

    def glob(self, pattern):
        root, parts = _parse((pattern,))
        if not parts and not root:
#@line 946
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == '/':
            parts.append('')
        yield from self._select(parts)

    def rglob(self, pattern):
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] == '/':
            parts.append('')
        yield from self._select(['**'] + parts)

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), self])

    def resolve(self, strict=False):
        s = os.path.realpath(self, strict=strict)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
#@line 1013
        return os.stat(self, follow_symlinks=follow_symlinks)

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
#@line 1044
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
#@line 1050
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
#@line 1058
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
#@line 1067
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
#@line 1078
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
#@line 1099
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
#@line 1108
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
#@line 1116
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        try:
#@line 1147
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
#@line 1156
        os.rmdir(self)

    def lstat(self):
        return os.lstat(self)

    def rename(self, target):
#@line 1175
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
#@line 1188
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def exists(self):
        try:
            self.stat()
        except OSError as e:
            if not _ignore_error(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return 0
        except ValueError:
            return 0

    def is_dir(self):
        return S_ISDIR(self._mode())

    def is_file(self):
        return S_ISREG(self._mode())

    def is_symlink(self):
        return S_ISLNK(self._mode(False))

    def is_mount(self):
        raise NotImplementedError("pyview does not support Path.is_mount")

    def is_block_device(self):
        return S_ISBLK(self._mode())

    def is_char_device(self):
        return S_ISCHR(self._mode())

    def is_fifo(self):
        return S_ISFIFO(self._mode())

    def is_socket(self):
        return S_ISSOCK(self._mode())

    def expanduser(self):
        if not self._root and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts((homedir,) + tuple(self._tail[1:]))
        return self

    def _select(self, parts):
        if not parts:
            yield self
            return
        pat, rest = parts[0], parts[1:]
        if pat == '':
            if self.is_dir():
                yield self
            return
        if pat == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not glob_has_magic(pat):
            child = self._make_child_relpath(pat)
            if rest:
                if child.is_dir():
                    yield from child._select(rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        match = re.compile(fnmatch.translate(pat)).fullmatch
        try:
            with os.scandir(self) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if rest:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if match(entry.name):
                child = self._make_child_relpath(entry.name)
                if rest:
                    yield from child._select(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        try:
            with os.scandir(self) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir() and not entry.is_symlink():
                    yield from self._make_child_relpath(entry.name)._walk_dirs()
            except OSError:
                pass


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths: not supported by pyview."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system"
                                  % (cls.__name__,))


def glob_has_magic(s):
    return re.search('[*?[]', s) is not None

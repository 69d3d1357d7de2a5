"""pyview's io: the native classes of `_io` (open, FileIO, the buffered
and text layers, BytesIO, StringIO) and the abstract bases scripts derive
their own streams from: IOBase, RawIOBase, BufferedIOBase, TextIOBase.

The bases behave as CPython's C `_io._IOBase` family: the default
methods raise `UnsupportedOperation` with the operation's name, a closed
stream refuses `flush`, `isatty`, iteration and `with` ("I/O operation
on closed file."), `close` flushes once, `readline`/`readlines`/
`__next__` read through `read` (or `peek`), and `RawIOBase.read` goes
through `readinto`. The native classes are registered as virtual
subclasses, so `isinstance(io.StringIO(), io.TextIOBase)` holds.
Not provided: `IncrementalNewlineDecoder`, `BufferedRWPair`, `open_code`,
`text_encoding`.
"""

import abc as _abc
from _io import (BytesIO, StringIO, open, FileIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE,
                 SEEK_SET, SEEK_CUR, SEEK_END)

BlockingIOError = BlockingIOError


def _unsupported(name):
    raise UnsupportedOperation(name)


class _IOBase:
    __module__ = '_io'
    __closed = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            self.close()

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable."
                                       if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable."
                                       if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable."
                                       if msg is None else msg)

    @property
    def closed(self):
        return self.__closed

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        peek = getattr(self, "peek", None)
        out = bytearray()
        while size < 0 or len(out) < size:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                end = ahead.find(b"\n") + 1 or len(ahead)
                want = end if size < 0 else min(end, size - len(out))
            chunk = self.read(want)
            if not chunk:
                break
            out += chunk
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class IOBase(_IOBase, metaclass=_abc.ABCMeta):
    pass


class _RawIOBase(_IOBase):
    __module__ = '_io'

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size.__index__())
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class RawIOBase(_RawIOBase, IOBase):
    pass


class _BufferedIOBase(_IOBase):
    __module__ = '_io'

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b).cast('B')
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class BufferedIOBase(_BufferedIOBase, IOBase):
    pass


class _TextIOBase(_IOBase):
    __module__ = '_io'

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def readline(self, size=-1):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class TextIOBase(_TextIOBase, IOBase):
    pass


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass

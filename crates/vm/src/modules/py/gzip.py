"""gzip's one-shot functions over zlib: compress, decompress and
BadGzipFile (no GzipFile or open yet)."""

import struct
import time
import zlib

__all__ = ["BadGzipFile", "compress", "decompress"]

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9
_FTEXT, _FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 1, 2, 4, 8, 16
_EOF_MESSAGE = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # zlib's own gzip header has a zero mtime (and names Unix as the OS).
        return zlib.compress(data, level=compresslevel, wbits=31)
    xfl = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(compresslevel, 0)
    # Magic, deflate, no flags, mtime, extra flags, unknown OS (255).
    header = struct.pack("<BBBBLBB", 0x1F, 0x8B, 8, 0, int(mtime), xfl, 255)
    body = zlib.compress(data, level=compresslevel, wbits=-15)
    return header + body + struct.pack("<LL", zlib.crc32(data), len(data) & 0xFFFFFFFF)


def _header_end(data, pos):
    """Where the member starting at `pos` has its deflate stream, or None
    at the end of the data."""
    def need(n):
        if pos + n > len(data):
            raise EOFError(_EOF_MESSAGE)
        return data[pos:pos + n]

    magic = data[pos:pos + 2]
    if magic == b"":
        return None
    if magic != b"\037\213":
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flag, _mtime = struct.unpack("<BBI", need(8)[2:8])
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    pos += 10
    need(0)
    if pos > len(data):
        raise EOFError(_EOF_MESSAGE)
    if flag & _FEXTRA:
        (extra,) = struct.unpack("<H", need(2))
        pos += 2
        need(extra)
        pos += extra
    for bit in (_FNAME, _FCOMMENT):
        if flag & bit:
            while True:
                c = need(1)
                pos += 1
                if c == b"\000":
                    break
    if flag & _FHCRC:
        need(2)
        pos += 2
    return pos


def decompress(data):
    data = bytes(data)
    members = []
    while True:
        start = _header_end(data, 0)
        if start is None:
            return b"".join(members)
        do = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = do.decompress(data[start:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_EOF_MESSAGE)
        crc, length = struct.unpack("<II", do.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xFFFFFFFF):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = do.unused_data[8:].lstrip(b"\x00")

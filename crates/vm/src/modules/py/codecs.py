"""codecs: the codec registry's public face over `_codecs` (see there for
the codecs pyview has): `CodecInfo`, `Codec`, the incremental and stream
classes, `getencoder`/`getdecoder`/`getincremental*`/`getreader`/
`getwriter`, `iterencode`/`iterdecode`, the BOM constants, `open` and the
error handler registry."""

import builtins
import sys
from _codecs import *
from _codecs import (lookup, register, unregister, encode, decode,
                     lookup_error, register_error, escape_encode,
                     escape_decode)
import _codecs

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer = self.charbuffertype()
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        # Reads everything there is and hands out what was asked for.
        data = self.bytebuffer + self.stream.read()
        self.bytebuffer = b""
        if data:
            newchars, consumed = self.decode(data, self.errors)
            self.charbuffer += newchars
            self.bytebuffer = data[consumed:]
        want = chars if chars >= 0 else size
        if want < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:want]
            self.charbuffer = self.charbuffer[want:]
        return result

    def readline(self, size=None, keepends=True):
        self.charbuffer = self.read()
        if not self.charbuffer:
            return self._empty_charbuffer
        lines = self.charbuffer.splitlines(keepends=True)
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.splitlines(keepends=False)[0]

    def readlines(self, sizehint=None, keepends=True):
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter,
                                 errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if not v in m:
            m[v] = k
        else:
            m[v] = None
    return m


try:
    strict_errors = lookup_error("strict")
    ignore_errors = lookup_error("ignore")
    replace_errors = lookup_error("replace")
    xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
    backslashreplace_errors = lookup_error("backslashreplace")
    namereplace_errors = lookup_error("namereplace")
except LookupError:
    strict_errors = None


# ----- the codecs' classes, made per codec by `_builtin_info` -----

def _stateless(encode_func, decode_func):
    # The incremental and stream classes of a codec whose functions hold
    # no state between calls.
    class _Codec(Codec):
        def encode(self, input, errors='strict'):
            return encode_func(input, errors)

        def decode(self, input, errors='strict'):
            return decode_func(input, errors)

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode_func(input, self.errors)[0]

    class _IncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode_func(input, self.errors)[0]

    class _StreamWriter(_Codec, StreamWriter):
        pass

    class _StreamReader(_Codec, StreamReader):
        pass

    return _IncrementalEncoder, _IncrementalDecoder, _StreamReader, _StreamWriter


def _text_classes(module, name, native):
    enc_name = module + '_encode'
    encode_func = getattr(_codecs, enc_name, None)
    if encode_func is None:
        encode_func = _codecs._text_encoder(enc_name, native)
    decode_func = getattr(_codecs, module + '_decode', None)
    if decode_func is None:
        decode_func = _codecs._text_decoder(module + '_decode', native)
    # After a signature, the codec that writes the rest.
    rest = {'utf_16': 'utf-16-le' if sys.byteorder == 'little' else 'utf-16-be',
            'utf_32': 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be',
            'utf_8_sig': 'utf-8'}.get(module)

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self._started = False

        def encode(self, input, final=False):
            codec = rest if self._started and rest else native
            self._started = True
            return input.encode(codec, self.errors)

        def reset(self):
            self._started = False

        def getstate(self):
            return 0 if self._started or not rest else 2

        def setstate(self, state):
            self._started = bool(rest) and state == 0

    if module in ('utf_16', 'utf_32'):
        unit = 2 if module == 'utf_16' else 4
        ex = _codecs.utf_16_ex_decode if unit == 2 else _codecs.utf_32_ex_decode

        class _IncrementalDecoder(BufferedIncrementalDecoder):
            def __init__(self, errors='strict'):
                BufferedIncrementalDecoder.__init__(self, errors)
                self.decoder = None

            def _buffer_decode(self, input, errors, final):
                if self.decoder is None:
                    output, consumed, byteorder = ex(input, errors, 0, final)
                    if byteorder == -1:
                        self.decoder = 'le'
                    elif byteorder == 1:
                        self.decoder = 'be'
                    elif consumed >= unit:
                        raise UnicodeError("UTF-%d stream does not start with BOM"
                                           % (unit * 8))
                    return (output, consumed)
                func = getattr(_codecs, 'utf_%d_%s_decode' % (unit * 8, self.decoder))
                return func(input, errors, final)

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self.decoder = None
    elif module == 'utf_8_sig':
        class _IncrementalDecoder(BufferedIncrementalDecoder):
            def __init__(self, errors='strict'):
                BufferedIncrementalDecoder.__init__(self, errors)
                self.first = 1

            def _buffer_decode(self, input, errors, final):
                if self.first:
                    if len(input) < 3:
                        if BOM_UTF8.startswith(input):
                            return ("", 0)
                        self.first = 0
                    else:
                        self.first = 0
                        if input[:3] == BOM_UTF8:
                            (output, consumed) = _codecs.utf_8_decode(input[3:], errors, final)
                            return (output, consumed + 3)
                return _codecs.utf_8_decode(input, errors, final)

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self.first = 1
    else:
        class _IncrementalDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode_func(input, errors, final)

    class _Codec(Codec):
        def encode(self, input, errors='strict'):
            return encode_func(input, errors)

        def decode(self, input, errors='strict'):
            return decode_func(input, errors, True)

    class _StreamWriter(_Codec, StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self._encoder = _IncrementalEncoder(errors)

        def write(self, object):
            self.stream.write(self._encoder.encode(object))

        def reset(self):
            self._encoder.reset()

    class _StreamReader(_Codec, StreamReader):
        pass

    decode = _codecs._registry_decoder(name, decode_func)
    return encode_func, decode, _IncrementalEncoder, _IncrementalDecoder, \
        _StreamReader, _StreamWriter


def _hex_encode(input, errors='strict'):
    import binascii
    return (binascii.b2a_hex(input), len(input))


def _hex_decode(input, errors='strict'):
    import binascii
    return (binascii.a2b_hex(input), len(input))


def _base64_encode(input, errors='strict'):
    import base64
    return (base64.encodebytes(input), len(input))


def _base64_decode(input, errors='strict'):
    import base64
    return (base64.decodebytes(input), len(input))


def _zlib_encode(input, errors='strict'):
    import zlib
    return (zlib.compress(input), len(input))


def _zlib_decode(input, errors='strict'):
    import zlib
    return (zlib.decompress(input), len(input))


def _quopri_encode(input, errors='strict'):
    data = bytes(memoryview(input))
    out = bytearray()
    line = bytearray()
    i = 0
    n = len(data)

    def put(piece):
        if len(line) + len(piece) >= 76:
            out.extend(line + b'=\n')
            line.clear()
        line.extend(piece)

    while i < n:
        b = data[i]
        if b == 10:
            out.extend(line + b'\n')
            line.clear()
        elif b == 13 and i + 1 < n and data[i + 1] == 10:
            out.extend(line + b'\r\n')
            line.clear()
            i += 1
        elif b == 61 or b < 32 or b > 126 or b in (32, 9):
            put(b'=%02X' % b)
        else:
            put(bytes((b,)))
        i += 1
    out.extend(line)
    return (bytes(out), len(data))


def _quopri_decode(input, errors='strict'):
    data = bytes(memoryview(input))
    out = bytearray()
    i = 0
    n = len(data)
    hexdigits = b'0123456789abcdefABCDEF'
    while i < n:
        b = data[i]
        if b != 61:
            out.append(b)
            i += 1
        elif i + 1 < n and data[i + 1] == 10:
            i += 2
        elif i + 2 < n and data[i + 1] == 13 and data[i + 2] == 10:
            i += 3
        elif i + 2 < n and data[i + 1] in hexdigits and data[i + 2] in hexdigits:
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        elif i + 1 >= n:
            i += 1
        else:
            out.append(b)
            i += 1
    return (bytes(out), len(data))


_rot13_map = {}
for _c in range(26):
    _rot13_map[65 + _c] = 65 + (_c + 13) % 26
    _rot13_map[97 + _c] = 97 + (_c + 13) % 26
del _c


def _rot13(input, errors='strict'):
    if not isinstance(input, str):
        raise TypeError("descriptor 'translate' for 'str' objects doesn't "
                        "apply to a '%s' object" % type(input).__name__)
    return (input.translate(_rot13_map), len(input))


_NOT_TEXT = {
    'hex_codec': (_hex_encode, _hex_decode),
    'base64_codec': (_base64_encode, _base64_decode),
    'zlib_codec': (_zlib_encode, _zlib_decode),
    'quopri_codec': (_quopri_encode, _quopri_decode),
    'rot_13': (_rot13, _rot13),
}


def _builtin_info(module, name):
    if module in _NOT_TEXT:
        enc, dec = _NOT_TEXT[module]
        ienc, idec, reader, writer = _stateless(enc, dec)
        if module == 'zlib_codec':
            ienc, idec = _zlib_incremental()
        return CodecInfo(name=name, encode=enc, decode=dec,
                         incrementalencoder=ienc, incrementaldecoder=idec,
                         streamreader=reader, streamwriter=writer,
                         _is_text_encoding=False)
    native = name
    enc, dec, ienc, idec, reader, writer = _text_classes(module, name, native)
    info = CodecInfo(name=name, encode=enc, decode=dec,
                     incrementalencoder=ienc, incrementaldecoder=idec,
                     streamreader=reader, streamwriter=writer)
    info._native = native
    return info


def _zlib_incremental():
    import zlib

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            self.errors = errors
            self.compressobj = zlib.compressobj()

        def encode(self, input, final=False):
            if final:
                c = self.compressobj.compress(input)
                return c + self.compressobj.flush()
            return self.compressobj.compress(input)

        def reset(self):
            self.compressobj = zlib.compressobj()

    class _IncrementalDecoder(IncrementalDecoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            self.errors = errors
            self.decompressobj = zlib.decompressobj()

        def decode(self, input, final=False):
            if final:
                c = self.decompressobj.decompress(input)
                return c + self.decompressobj.flush()
            return self.decompressobj.decompress(input)

        def reset(self):
            self.decompressobj = zlib.decompressobj()

    return _IncrementalEncoder, _IncrementalDecoder

"""CPython's C `_codecs`, the registry under `codecs`: `lookup` (the text
encodings pyview's `str.encode`/`bytes.decode` support, the
bytes-to-bytes codecs hex, base64, zlib and quopri, rot13, and codecs of
registered search functions), `encode`, `decode`, the error handler
registry, `escape_encode`/`escape_decode` and the `*_encode`/`*_decode`
functions of the codec classes. Pickles name `encode` below protocol 3.
Tracebacks leave out its frames, as CPython's module is C. Handlers
registered with `register_error` run for `codecs.encode`/`codecs.decode`
(the native `str.encode` knows only the built-in ones)."""

import sys as _sys

_search_functions = []
_cache = {}

# Module name in CPython's `encodings` package -> CodecInfo.name.
_TEXT = {
    'utf_8': 'utf-8', 'utf_8_sig': 'utf-8-sig', 'ascii': 'ascii',
    'latin_1': 'iso8859-1', 'cp1252': 'cp1252', 'utf_16': 'utf-16',
    'utf_16_le': 'utf-16-le', 'utf_16_be': 'utf-16-be', 'utf_32': 'utf-32',
    'utf_32_le': 'utf-32-le', 'utf_32_be': 'utf-32-be',
    'unicode_escape': 'unicode-escape',
    'raw_unicode_escape': 'raw-unicode-escape', 'idna': 'idna',
    'punycode': 'punycode',
}
_OTHER = {
    'hex_codec': 'hex', 'base64_codec': 'base64', 'zlib_codec': 'zlib',
    'quopri_codec': 'quopri', 'rot_13': 'rot-13',
}
_ALIASES = {
    'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8', '646': 'ascii',
    'ansi_x3.4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
    'ansi_x3_4_1968': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii',
    'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii',
    'iso_ir_6': 'ascii', 'us': 'ascii', 'us_ascii': 'ascii',
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1',
    'ibm819': 'latin_1', 'iso8859': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso_8859_1_1987': 'latin_1',
    'iso_ir_100': 'latin_1', 'l1': 'latin_1', 'latin': 'latin_1',
    'latin1': 'latin_1', '1252': 'cp1252', 'windows_1252': 'cp1252',
    'u16': 'utf_16', 'utf16': 'utf_16', 'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16le': 'utf_16_le', 'u32': 'utf_32', 'utf32': 'utf_32',
    'utf_32be': 'utf_32_be', 'utf_32le': 'utf_32_le',
    'base64': 'base64_codec', 'base_64': 'base64_codec',
    'hex': 'hex_codec', 'quopri': 'quopri_codec',
    'quoted_printable': 'quopri_codec', 'quotedprintable': 'quopri_codec',
    'rot13': 'rot_13', 'zip': 'zlib_codec', 'zlib': 'zlib_codec',
}


def _normalize(encoding):
    # Runs of characters other than ASCII letters, digits and '.' become
    # one '_', none at either end.
    out = []
    pending = False
    for c in encoding:
        if (c.isascii() and c.isalnum()) or c == '.':
            if pending and out:
                out.append('_')
            pending = False
            out.append(c.lower())
        else:
            pending = True
    return ''.join(out)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _builtin(norm):
    module = _ALIASES.get(norm) or _ALIASES.get(norm.replace('.', '_')) or norm
    if module in _TEXT or module in _OTHER:
        return module
    return None


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s'
                        % type(encoding).__name__)
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    module = _builtin(norm)
    if module is not None:
        import codecs
        info = codecs._builtin_info(module, _TEXT.get(module) or _OTHER[module])
    else:
        for search in _search_functions:
            info = search(norm)
            if info is not None:
                if not isinstance(info, tuple) or len(info) != 4 and len(info) != 7:
                    raise TypeError('codec search functions must return 4-tuples')
                break
        else:
            raise LookupError('unknown encoding: %s' % encoding)
    _cache[norm] = info
    return info


def _is_text(info):
    return getattr(info, '_is_text_encoding', True)


def _wrap(verb, encoding, exc):
    # As CPython's registry does to an error a codec raised (unicode
    # errors pass as they are).
    if isinstance(exc, UnicodeError) and type(exc) is not UnicodeError:
        return exc
    try:
        return type(exc)("%s with '%s' codec failed (%s: %s)"
                         % (verb, encoding, type(exc).__name__, exc))
    except Exception:
        return exc


def _run(verb, obj, encoding, errors, index):
    info = lookup(encoding)
    func = info[index]
    if errors not in _BUILTIN_HANDLERS and errors in _handlers:
        native = getattr(info, '_native', None)
        if native is not None:
            if index == 0 and isinstance(obj, str):
                return (_encode_with_handler(obj, native, errors), len(obj))
            if index == 1 and not isinstance(obj, str):
                data = bytes(obj)
                return (_decode_with_handler(data, native, errors), len(data))
    try:
        result = func(obj, errors)
    except Exception as exc:
        new = _wrap(verb, encoding, exc)
        if new is exc:
            raise
        raise new from exc
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('%s must return a tuple (object, integer)'
                        % ('encoder' if index == 0 else 'decoder'))
    return result


def encode(obj, encoding='utf-8', errors='strict'):
    result = _run('encoding', obj, encoding, errors, 0)[0]
    return result


def decode(obj, encoding='utf-8', errors='strict'):
    return _run('decoding', obj, encoding, errors, 1)[0]


# ----- error handlers -----

def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def _check(exc, *types):
    if not isinstance(exc, types):
        raise TypeError("don't know how to handle %s in error callback"
                        % type(exc).__name__)


def ignore_errors(exc):
    _check(exc, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)
    return ('', exc.end)


def replace_errors(exc):
    _check(exc, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)
    n = exc.end - exc.start
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * n, exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('\ufffd' * n, exc.end)


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    _check(exc, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in bad), exc.end)
    return (''.join(_escape(ord(c)) for c in bad), exc.end)


def xmlcharrefreplace_errors(exc):
    _check(exc, UnicodeEncodeError)
    bad = exc.object[exc.start:exc.end]
    return (''.join('&#%d;' % ord(c) for c in bad), exc.end)


def namereplace_errors(exc):
    _check(exc, UnicodeEncodeError)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        name = unicodedata.name(c, None)
        out.append('\\N{%s}' % name if name is not None else _escape(ord(c)))
    return (''.join(out), exc.end)


def surrogateescape(exc):
    _check(exc, UnicodeEncodeError, UnicodeDecodeError)
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        if all(b >= 128 for b in bad):
            return (''.join(chr(0xdc00 + b) for b in bad), exc.end)
        raise exc
    out = bytearray()
    for c in exc.object[exc.start:exc.end]:
        if not 0xdc80 <= ord(c) <= 0xdcff:
            raise exc
        out.append(ord(c) - 0xdc00)
    return (bytes(out), exc.end)


def surrogatepass(exc):
    _check(exc, UnicodeEncodeError, UnicodeDecodeError)
    raise exc


surrogateescape.__name__ = 'surrogateescape'
_BUILTIN_HANDLERS = {
    'strict': strict_errors, 'ignore': ignore_errors,
    'replace': replace_errors, 'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': surrogateescape,
    'surrogatepass': surrogatepass,
}
_handlers = dict(_BUILTIN_HANDLERS)


def register_error(errors, handler):
    if not isinstance(errors, str):
        raise TypeError('register_error() argument 1 must be str, not %s'
                        % type(errors).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _handlers[errors] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s'
                        % type(name).__name__)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _handler_result(result, exc, encoding):
    kind = 'encoding' if isinstance(exc, UnicodeEncodeError) else 'decoding'
    if (not isinstance(result, tuple) or len(result) != 2
            or not isinstance(result[1], int)
            or not isinstance(result[0], (str, bytes) if kind == 'encoding' else str)):
        raise TypeError('%s error handler must return (%s, int) tuple'
                        % (kind, 'str/bytes' if kind == 'encoding' else 'str'))
    return result


def _encode_with_handler(s, encoding, errors):
    handler = _handlers[errors]
    out = bytearray()
    pos = 0
    while True:
        try:
            out += s[pos:].encode(encoding)
            return bytes(out)
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out += s[pos:start].encode(encoding)
            exc = UnicodeEncodeError(e.encoding, s, start, end, e.reason)
        rep, newpos = _handler_result(handler(exc), exc, encoding)
        out += rep if isinstance(rep, bytes) else rep.encode(encoding)
        if newpos < 0:
            newpos += len(s)
        if not 0 <= newpos <= len(s):
            raise IndexError('position %d from error handler out of bounds'
                             % newpos)
        pos = newpos


def _decode_with_handler(data, encoding, errors):
    handler = _handlers[errors]
    out = []
    pos = 0
    while True:
        try:
            out.append(data[pos:].decode(encoding))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(encoding))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
        rep, newpos = _handler_result(handler(exc), exc, encoding)
        out.append(rep)
        if newpos < 0:
            newpos += len(data)
        if not 0 <= newpos <= len(data):
            raise IndexError('position %d from error handler out of bounds'
                             % newpos)
        pos = newpos


# ----- the codec functions -----

def _text_encoder(name, encoding):
    def encoder(str, errors=None):
        if not isinstance(str, type('')):
            raise TypeError('%s() argument 1 must be str, not %s'
                            % (name, type(str).__name__))
        return (str.encode(encoding, errors or 'strict'), len(str))
    encoder.__name__ = encoder.__qualname__ = name
    return encoder


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _utf8_incomplete(data):
    # Where an unfinished but so far valid UTF-8 sequence starts at the
    # end of `data`, else len(data).
    n = len(data)
    for back in (1, 2, 3):
        p = n - back
        if p < 0:
            break
        b = data[p]
        if b & 0xc0 == 0x80:
            continue
        need = 2 if 0xc2 <= b <= 0xdf else 3 if 0xe0 <= b <= 0xef else \
            4 if 0xf0 <= b <= 0xf4 else 0
        if need <= back:
            return n
        if back >= 2:
            second = data[p + 1]
            low, high = 0x80, 0xbf
            # A surrogate's lead (0xed 0xa0..) waits for its third byte,
            # as CPython's does (surrogatepass may take it).
            if b == 0xe0:
                low = 0xa0
            elif b == 0xf0:
                low = 0x90
            elif b == 0xf4:
                high = 0x8f
            if not low <= second <= high:
                return n
        return p
    return n


def _partial(data, unit, endian):
    # The prefix of `data` made of whole UTF-16/UTF-32 characters.
    n = len(data) - len(data) % unit
    if unit == 2 and n >= 2:
        last = data[n - 2:n]
        high = last[1] if endian == 'little' else last[0]
        if 0xd8 <= high <= 0xdb:
            n -= 2
    return n


def _text_decoder(name, encoding, kind=None, endian=None):
    def decoder(data, errors=None, final=False):
        data = _data(data)
        n = len(data)
        if not final:
            if kind == 'utf8':
                n = _utf8_incomplete(data)
            elif kind in (2, 4):
                n = _partial(data, kind, endian)
        return (data[:n].decode(encoding, errors or 'strict'), n)
    decoder.__name__ = decoder.__qualname__ = name
    return decoder


_little = _sys.byteorder == 'little'
utf_8_encode = _text_encoder('utf_8_encode', 'utf-8')
utf_8_decode = _text_decoder('utf_8_decode', 'utf-8', 'utf8')
ascii_encode = _text_encoder('ascii_encode', 'ascii')
ascii_decode = _text_decoder('ascii_decode', 'ascii')
latin_1_encode = _text_encoder('latin_1_encode', 'latin-1')
latin_1_decode = _text_decoder('latin_1_decode', 'latin-1')
utf_16_encode = _text_encoder('utf_16_encode', 'utf-16')
utf_16_le_encode = _text_encoder('utf_16_le_encode', 'utf-16-le')
utf_16_be_encode = _text_encoder('utf_16_be_encode', 'utf-16-be')
utf_16_le_decode = _text_decoder('utf_16_le_decode', 'utf-16-le', 2, 'little')
utf_16_be_decode = _text_decoder('utf_16_be_decode', 'utf-16-be', 2, 'big')
utf_32_encode = _text_encoder('utf_32_encode', 'utf-32')
utf_32_le_encode = _text_encoder('utf_32_le_encode', 'utf-32-le')
utf_32_be_encode = _text_encoder('utf_32_be_encode', 'utf-32-be')
utf_32_le_decode = _text_decoder('utf_32_le_decode', 'utf-32-le', 4, 'little')
utf_32_be_decode = _text_decoder('utf_32_be_decode', 'utf-32-be', 4, 'big')
unicode_escape_encode = _text_encoder('unicode_escape_encode', 'unicode-escape')
unicode_escape_decode = _text_decoder('unicode_escape_decode', 'unicode-escape')
raw_unicode_escape_encode = _text_encoder('raw_unicode_escape_encode',
                                          'raw-unicode-escape')
raw_unicode_escape_decode = _text_decoder('raw_unicode_escape_decode',
                                          'raw-unicode-escape')


# Aliases the native codecs do not take as a fast path.
_REGISTRY_ALIAS = {'utf-8': 'u8', 'ascii': '646', 'iso8859-1': 'l1',
                   'utf-16': 'u16', 'utf-32': 'u32'}


def _registry_decoder(name, decode_func):
    # The registry's decode function: through an alias, so that an error
    # shows the frame of CPython's Python function in `encodings` (as a
    # call through CPython's registry does).
    alias = _REGISTRY_ALIAS.get(name)

    def decode(input, errors='strict'):
        if alias is None:
            return decode_func(input, errors, True)
        data = _data(input)
        try:
            return (data.decode(alias, errors), len(data))
        except LookupError:
            return decode_func(data, errors, True)
    return decode


def _bom_decoder(name, unit):
    le = utf_16_le_decode if unit == 2 else utf_32_le_decode
    be = utf_16_be_decode if unit == 2 else utf_32_be_decode
    bom_le = b'\xff\xfe' if unit == 2 else b'\xff\xfe\x00\x00'
    bom_be = b'\xfe\xff' if unit == 2 else b'\x00\x00\xfe\xff'

    def ex_decoder(data, errors=None, byteorder=0, final=False):
        data = _data(data)
        skip = 0
        if byteorder == 0:
            if len(data) < unit and not final:
                return ('', 0, 0)
            if data[:unit] == bom_le:
                byteorder, skip = -1, unit
            elif data[:unit] == bom_be:
                byteorder, skip = 1, unit
        use = le if byteorder < 0 or byteorder == 0 and _little else be
        text, n = use(data[skip:], errors, final)
        return (text, n + skip, byteorder)

    def decoder(data, errors=None, final=False):
        text, n, _ = ex_decoder(data, errors, 0, final)
        return (text, n)
    decoder.__name__ = decoder.__qualname__ = name
    ex_decoder.__name__ = ex_decoder.__qualname__ = name.replace('_decode', '_ex_decode')
    return decoder, ex_decoder


utf_16_decode, utf_16_ex_decode = _bom_decoder('utf_16_decode', 2)
utf_32_decode, utf_32_ex_decode = _bom_decoder('utf_32_decode', 4)


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s'
                        % type(data).__name__)
    out = []
    for b in data:
        if b == 0x27 or b == 0x5c:
            out.append('\\' + chr(b))
        elif b == 0x09:
            out.append('\\t')
        elif b == 0x0a:
            out.append('\\n')
        elif b == 0x0d:
            out.append('\\r')
        elif 0x20 <= b < 0x7f:
            out.append(chr(b))
        else:
            out.append('\\x%02x' % b)
    return (''.join(out).encode('ascii'), len(data))


_SIMPLE_ESCAPES = {
    ord('\n'): None, ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22,
    ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('n'): 10, ord('r'): 13,
    ord('t'): 9, ord('v'): 11,
}


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _data(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            v = _SIMPLE_ESCAPES[c]
            if v is not None:
                out.append(v)
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(v & 0xff)
        elif c == 0x78:
            digits = data[i:i + 2]
            if len(digits) == 2 and all(chr(d) in '0123456789abcdefABCDEF'
                                        for d in digits):
                out.append(int(digits, 16))
                i += 2
            elif errors is None or errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            elif errors == 'replace':
                out.append(0x3f)
                while i < n and len(digits) and chr(data[i]) in '0123456789abcdefABCDEF':
                    i += 1
                    break
            elif errors != 'ignore':
                raise ValueError("decoding error; unknown error handling code: %s"
                                 % errors)
        else:
            import warnings
            warnings.warn("invalid escape sequence '\\%s'" % chr(c),
                          DeprecationWarning, stacklevel=2)
            out.append(0x5c)
            out.append(c)
    return (bytes(out), n)

"""String constants, capwords() and the $-substitution Template class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, and join with sep (a single
    space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_id_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_id_char(c):
    return _is_id_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _error(self, index):
        before = self.template[:index]
        lineno = before.count('\n') + 1
        colno = index - (before.rfind('\n') + 1) + 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _pieces(self):
        # The template as ('text', s) and ('name', name, start) pieces;
        # ('bad', start) for a delimiter that starts no placeholder.
        text = self.template
        delim = self.delimiter
        i = 0
        literal = []
        while i < len(text):
            if not text.startswith(delim, i):
                literal.append(text[i])
                i += 1
                continue
            start = i
            j = i + len(delim)
            if text.startswith(delim, j):
                literal.append(delim)
                i = j + len(delim)
                continue
            if j < len(text) and text[j] == '{':
                k = j + 1
                if k < len(text) and _is_id_start(text[k]):
                    end = k + 1
                    while end < len(text) and _is_id_char(text[end]):
                        end += 1
                    if end < len(text) and text[end] == '}':
                        yield ('text', ''.join(literal))
                        literal = []
                        yield ('name', text[k:end], start, text[start:end + 1])
                        i = end + 1
                        continue
            elif j < len(text) and _is_id_start(text[j]):
                end = j + 1
                while end < len(text) and _is_id_char(text[end]):
                    end += 1
                yield ('text', ''.join(literal))
                literal = []
                yield ('name', text[j:end], start, text[start:end])
                i = end
                continue
            yield ('text', ''.join(literal))
            literal = []
            yield ('bad', start, delim)
            i = j
        yield ('text', ''.join(literal))

    def substitute(self, mapping={}, /, **kws):
        if not mapping:
            values = kws
        elif kws:
            values = dict(mapping)
            values.update(kws)
        else:
            values = mapping
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append('%s' % (values[piece[1]],))
            else:
                self._error(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping={}, /, **kws):
        if not mapping:
            values = kws
        elif kws:
            values = dict(mapping)
            values.update(kws)
        else:
            values = mapping
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append('%s' % (values[piece[1]],))
                except KeyError:
                    out.append(piece[3])
            else:
                out.append(piece[2])
        return ''.join(out)

    def is_valid(self):
        return all(piece[0] != 'bad' for piece in self._pieces())

    def get_identifiers(self):
        names = []
        for piece in self._pieces():
            if piece[0] == 'name' and piece[1] not in names:
                names.append(piece[1])
        return names


class Formatter:
    """str.format() as a class whose steps can be overridden."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

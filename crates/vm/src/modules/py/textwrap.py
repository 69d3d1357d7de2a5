"""Text wrapping and filling: wrap(), fill(), shorten(), dedent(),
indent() and the TextWrapper class with all of its options.

Lines break where CPython's do: words split after a hyphen that joins
two letters of a hyphenated word, and around em-dashes ("--") between
words. Unlike CPython, the class has no wordsep_re/wordsep_simple_re
pattern attributes: the chunks come from a scanner (_split), which is
what subclasses should override.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace (not the other Unicode spaces), as in
# CPython.
_whitespace = '\t\n\x0b\x0c\r '
_runs = re.compile('[\t\n\x0b\x0c\r ]+|[^\t\n\x0b\x0c\r ]+')
_sentence_end = re.compile('[a-z][.!?][\'"]?\\Z')


def _is_word(c):
    # \w of a str pattern
    return c == '_' or c.isalnum()


def _is_letter(c):
    # a word character that is not a digit
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dashes_then_word(text, i):
    """Whether text[i:] is two or more hyphens and then a word character."""
    k = i
    n = len(text)
    while k < n and text[k] == '-':
        k += 1
    return k - i >= 2 and k < n and _is_word(text[k])


def _hyphen_splits(text, p):
    """Whether a word may end with the hyphen at text[p]: it follows two
    letters (or letter, hyphen, letter) and is followed by a letter, an
    optional hyphen and a letter."""
    before = (_letter_at(text, p - 1) and
              (_letter_at(text, p - 2) or
               (p >= 3 and text[p - 2] == '-' and _letter_at(text, p - 3))))
    if not before or not _letter_at(text, p + 1):
        return False
    if _letter_at(text, p + 2):
        return True
    return p + 3 < len(text) and text[p + 2] == '-' and _letter_at(text, p + 3)


def _split_run(text, start, end, out):
    """Cuts the non-whitespace run text[start:end] into chunks."""
    i = start
    while i < end:
        if (text[i] == '-' and i > start and _is_word_punct(text[i - 1])
                and _dashes_then_word(text, i)):
            # an em-dash between two words is a chunk of its own
            k = i
            while text[k] == '-':
                k += 1
            out.append(text[i:k])
            i = k
            continue
        cut = end
        p = text.find('-', i + 1, end)
        while p != -1:
            if _hyphen_splits(text, p):
                cut = p + 1
                break
            if _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
                cut = p
                break
            p = text.find('-', p + 1, end)
        out.append(text[i:cut])
        i = cut


class TextWrapper:
    """Wraps and fills text; the attributes are the options of wrap()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        #@line 150
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of text: whitespace runs, words and word pieces."""
        runs = _runs.findall(text)
        if not self.break_on_hyphens:
            return runs
        chunks = []
        pos = 0
        for run in runs:
            if run[0] in _whitespace or '-' not in run:
                chunks.append(run)
            else:
                _split_run(text, pos, pos + len(run), chunks)
            pos += len(run)
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # Room for at least one character, even on a line with no room.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to break after the last hyphen that fits, if some
                # non-hyphen comes before it
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # an unbreakable word goes whole on a line of its own
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            #@line 253
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                first = self.subsequent_indent
            else:
                first = self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        todo = chunks[::-1]  # next chunk last, so that pop() takes it
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                del todo[-1]

            line = []
            size = 0
            while todo and size + len(todo[-1]) <= width:
                size += len(todo[-1])
                line.append(todo.pop())

            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, size, width)
                size = sum(map(len, line))

            if self.drop_whitespace and line and line[-1].strip() == '':
                size -= len(line[-1])
                del line[-1]

            if not line:
                continue
            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not todo
                         or (self.drop_whitespace and len(todo) == 1
                             and not todo[0].strip()))
                        and size <= width)):
                lines.append(indent + ''.join(line))
                continue

            # The last allowed line: end it with the placeholder, dropping
            # words until that fits.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    return lines
                size -= len(line[-1])
                del line[-1]
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    #@line 341
    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The lines of text wrapped to self.width columns."""
        #@line 356
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The text wrapped to self.width columns, as one string."""
        #@line 368
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps a paragraph into a list of lines of at most width columns."""
    #@line 383
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps a paragraph into one string of lines of at most width
    columns."""
    #@line 395
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapses the whitespace of text and cuts it to fit in width,
    ending with the placeholder where words were dropped."""
    #@line 410
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)


def dedent(text):
    """Removes the leading spaces and tabs common to every non-blank line;
    blank lines become empty."""
    #@line 435
    text = _whitespace_only_re.sub('', text)
    margin = None
    for line in text.split('\n'):
        if not line:
            continue
        lead = line[:len(line) - len(line.lstrip(' \t'))]
        if margin is None or lead.startswith(margin):
            margin = lead if margin is None else margin
        elif margin.startswith(lead):
            margin = lead
        else:
            i = 0
            while margin[i] == lead[i]:
                i += 1
            margin = margin[:i]
    if not margin:
        return text
    return '\n'.join(line[len(margin):] if line.startswith(margin) else line
                     for line in text.split('\n'))


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate(line) is true
    (by default, those that are not blank)."""
    #@line 478
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())

"""pyview's shlex: a lexer for shell-like syntax, with CPython 3.11's
tokens and messages (written for pyview, not CPython's source).

split, join, quote and the shlex class (posix and compatibility modes,
comments, quotes and escapes, whitespace_split, punctuation_chars,
push_token, the source stack and error_leader).
"""

import os
import re
import sys
import warnings
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_LATIN1_LETTERS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                   'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = ('abcdfeghijklmnopqrstuvwxyz'
                          'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
        if self.posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # characters read ahead of a punctuation run, given back
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars
                                     if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
#@line 109
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            char = self._pushback_chars.pop()
        else:
            char = self.instream.read(1)
        if char == '\n':
            self.lineno += 1
        return char

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        # the state an escape returns to: 'a' (a word) or the open quote
        after_escape = ' '
        posix = self.posix
        while True:
            char = self._next_char()
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not char:
                    self.state = None
                    break
                if char in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                elif char in self.commenters:
                    self._skip_comment()
                elif posix and char in self.escape:
                    after_escape = 'a'
                    self.state = char
                elif char in self.wordchars:
                    self.token = char
                    self.state = 'a'
                elif char in self._punctuation_chars:
                    self.token = char
                    self.state = 'c'
                elif char in self.quotes:
                    if not posix:
                        self.token = char
                    self.state = char
                elif self.whitespace_split:
                    self.token = char
                    self.state = 'a'
                else:
                    # any other character is a token by itself
                    self.token = char
                    break
            elif state in self.quotes:
                quoted = True
                if not char:
#@line 191
                    raise ValueError("No closing quotation")
                if char == state:
                    if not posix:
                        self.token += char
                        self.state = ' '
                        break
                    self.state = 'a'
                elif posix and char in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = char
                else:
                    self.token += char
            elif state in self.escape:
                if not char:
#@line 210
                    raise ValueError("No escaped character")
                # inside quotes only the quote and the escape itself are
                # escaped; elsewhere the escape character stays
                if (after_escape in self.quotes and char != state
                        and char != after_escape):
                    self.token += state
                self.token += char
                self.state = after_escape
            elif state in ('a', 'c'):
                if not char:
                    self.state = None
                    break
                if char in self.whitespace:
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
                elif char in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = ' '
                        if self.token or (posix and quoted):
                            break
                elif state == 'c':
                    if char in self._punctuation_chars:
                        self.token += char
                    else:
                        if char not in self.whitespace:
                            self._pushback_chars.append(char)
                        self.state = ' '
                        break
                elif posix and char in self.quotes:
                    self.state = char
                elif posix and char in self.escape:
                    after_escape = 'a'
                    self.state = char
                elif (char in self.wordchars or char in self.quotes
                      or (self.whitespace_split
                          and char not in self._punctuation_chars)):
                    self.token += char
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(char)
                    else:
                        self.pushback.appendleft(char)
                    self.state = ' '
                    if self.token or (posix and quoted):
                        break
        result = self.token
        self.token = ''
        if posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
#@line 300
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    # single quotes, with each ' as '"'"'
    return "'" + s.replace("'", "'\"'\"'") + "'"

"""Support for regular expressions (RE).

The pattern parser (with CPython 3.11's error messages and positions),
the compiler to the instruction lists of the native `_sre` engine, the
flags, `Pattern` and `Match` objects, and the module functions:
compile, search, match, fullmatch, split, findall, finditer, sub, subn,
escape, purge and error.

Not supported: `\\N{name}` escapes (no Unicode name database), LOCALE
(bytes patterns with it match as ASCII), `Pattern.scanner`, `template`,
re.DEBUG output.
`groupindex` is a plain dict.
"""

#@file _sre.py
import _sre
from _sre import MAXREPEAT, MAXGROUPS

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_T, _I, _L, _M, _S, _U, _X, _D, _A = 1, 2, 4, 8, 16, 32, 64, 128, 256

# Definition order, which the flags' repr follows.
_FLAG_NAMES = [
    ("ASCII", _A), ("IGNORECASE", _I), ("LOCALE", _L), ("UNICODE", _U),
    ("MULTILINE", _M), ("DOTALL", _S), ("VERBOSE", _X), ("TEMPLATE", _T),
    ("DEBUG", _D),
]
_ALL_FLAGS = 511


class RegexFlag(int):
    """Flags of a regular expression (an IntFlag in CPython)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, b in _FLAG_NAMES if v & b]
        rest = v & ~_ALL_FLAGS
        if rest or not names:
            return None
        return "|".join(names)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = ["re." + n for n, b in _FLAG_NAMES if v & b]
        rest = v & ~_ALL_FLAGS
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __contains__(self, other):
        return int(other) & int(self) == int(other)

    def __iter__(self):
        v = int(self)
        return iter([RegexFlag(b) for n, b in sorted(_FLAG_NAMES, key=lambda p: p[1]) if v & b])

    def __reduce__(self):
        return (RegexFlag, (int(self),))


A = ASCII = RegexFlag(_A)
I = IGNORECASE = RegexFlag(_I)
L = LOCALE = RegexFlag(_L)
U = UNICODE = RegexFlag(_U)
M = MULTILINE = RegexFlag(_M)
S = DOTALL = RegexFlag(_S)
X = VERBOSE = RegexFlag(_X)
T = TEMPLATE = RegexFlag(_T)
DEBUG = RegexFlag(_D)
NOFLAG = RegexFlag(0)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"

# ----- the parser -----

_DIGITS = frozenset("0123456789")
_OCTDIGITS = frozenset("01234567")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WHITESPACE = frozenset(" \t\n\r\v\f")
_SPECIAL = frozenset(".\\[{()*+?^$|")
_REPEAT_CHARS = frozenset("*+?{")
_FLAGS = {"i": _I, "L": _L, "m": _M, "s": _S, "x": _X, "a": _A, "t": _T, "u": _U}
_TYPE_FLAGS = _A | _L | _U
_GLOBAL_FLAGS = _D | _T

_ESCAPES = {
    "\\a": ("lit", 7), "\\b": ("lit", 8), "\\f": ("lit", 12), "\\n": ("lit", 10),
    "\\r": ("lit", 13), "\\t": ("lit", 9), "\\v": ("lit", 11), "\\\\": ("lit", 92),
}
# Category numbers as _sre knows them.
_CATS = {
    "\\d": ("in", [("cat", 0)], False), "\\D": ("in", [("cat", 1)], False),
    "\\s": ("in", [("cat", 2)], False), "\\S": ("in", [("cat", 3)], False),
    "\\w": ("in", [("cat", 4)], False), "\\W": ("in", [("cat", 5)], False),
}
_ATS = {
    "\\A": ("at", "begin_string"), "\\Z": ("at", "end_string"),
    "\\b": ("at", "boundary"), "\\B": ("at", "nonboundary"),
}


class _Source:
    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, "latin1")
        self.decoded = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        s = self.decoded
        if index >= len(s):
            self.next = None
            return
        char = s[index]
        if char == "\\":
            index += 1
            if index >= len(s):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += s[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        # _advance, inlined: the parser's hottest call.
        this = self.next
        index = self.index
        s = self.decoded
        if index >= len(s):
            self.next = None
            return this
        char = s[index]
        if char == "\\":
            index += 1
            if index >= len(s):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += s[index]
        self.index = index + 1
        self.next = char
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset, nested):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)
        if not (self.istext or name.isascii()):
            import warnings
            warnings.warn("bad character in group name %a at position %d" %
                          (name, self.tell() - len(name) - offset),
                          DeprecationWarning, stacklevel=nested + 8)


class _State:
    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = _width(p, self)

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same "
                                   "lookbehind subpattern")


def _width(seq, state):
    """The minimum and maximum width of a parsed sequence (capped)."""
    lo = hi = 0
    for node in seq:
        op = node[0]
        if op in ("lit", "nlit", "any", "in"):
            lo += 1
            hi += 1
        elif op == "branch":
            i = MAXREPEAT - 1
            j = 0
            for alt in node[1]:
                l, h = _width(alt, state)
                i = min(i, l)
                j = max(j, h)
            lo += i
            hi += j
        elif op in ("group", "atomic"):
            l, h = _width(node[-1], state)
            lo += l
            hi += h
        elif op == "repeat":
            l, h = _width(node[4], state)
            lo += l * node[1]
            hi += h * node[2]
        elif op == "ref":
            w = state.groupwidths[node[1]]
            if w is not None:
                lo += w[0]
                hi += w[1]
        elif op == "exists":
            l, h = _width(node[2], state)
            if node[3] is not None:
                l2, h2 = _width(node[3], state)
                l = min(l, l2)
                h = max(h, h2)
            else:
                l = 0
            lo += l
            hi += h
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _code_escape(source, escape, c):
    """A \\x, \\u, \\U or \\N escape (the same inside a class and out), or
    None for any other."""
    width = {"x": 2, "u": 4, "U": 8}.get(c)
    if width and (c == "x" or source.istext):
        escape += source.getwhile(width, _HEXDIGITS)
        if len(escape) != width + 2:
            raise source.error("incomplete escape %s" % escape, len(escape))
        code = int(escape[2:], 16)
        if code > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", code)
    if c == "N" and source.istext:
        if not source.match("{"):
            raise source.error("missing {")
        charname = source.getuntil("}", "character name")
        raise source.error("undefined character name %r" % charname, len(charname) + 4)
    return None


#@file re/_parser.py
#@line 316
def _class_escape(source, escape):
    code = _ESCAPES.get(escape)
    if code:
        return code
    code = _CATS.get(escape)
    if code:
        return code
    c = escape[1:2]
    code = _code_escape(source, escape, c)
    if code:
        return code
    if c in _OCTDIGITS:
        escape += source.getwhile(2, _OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                               len(escape))
        return ("lit", c)
    # A digit other than octal is a bad escape (CPython's ValueError, caught
    # to reach the last line).
    if len(escape) == 2 and c not in _DIGITS:
        if c in _ASCIILETTERS:
            #@line 370
            raise source.error('bad escape %s' % escape, len(escape))
        return ("lit", ord(escape[1]))
    #@line 374
    raise source.error("bad escape %s" % escape, len(escape))

def _escape(source, escape, state):
    code = _CATS.get(escape) or _ATS.get(escape)
    if code:
        return code
    code = _ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    code = _code_escape(source, escape, c)
    if code:
        return code
    if c == "0":
        escape += source.getwhile(2, _OCTDIGITS)
        return ("lit", int(escape[1:], 8))
    elif c in _DIGITS:
        if source.next in _DIGITS:
            escape += source.get()
            if (escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and
                    source.next in _OCTDIGITS):
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error("octal escape value %s outside of range 0-0o377"
                                       % escape, len(escape))
                return ("lit", c)
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                #@line 440
                raise source.error("cannot refer to an open group",
                                   len(escape))
            state.checklookbehindgroup(group, source)
            return ("ref", group)
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", ord(escape[1]))
    #@line 451
    raise source.error("bad escape %s" % escape, len(escape))

def _uniq(items):
    return list(dict.fromkeys(items))

def _parse_sub(source, state, verbose, nested):
    items = []
    itemsappend = items.append
    while True:
        #@line 464
        itemsappend(_parse(source, state, verbose, nested + 1,
                           not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & _X
    if len(items) == 1:
        return items[0]
    return [("branch", items)]


def _new_subpattern():
    return []


#@line 516
def _parse(source, state, verbose, nested, first=False):
    # Made by a call, as CPython's parser makes a SubPattern: the deepest
    # nesting then meets the recursion limit where CPython's does.
    sub = _new_subpattern()
    append = sub.append
    while True:
        this = source.next
        if this is None or this == "|" or this == ")":
            break
        source.get()
        if verbose:
            if this in _WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            #@line 548
            code = _escape(source, this, state)
            append(code)
        elif this not in _SPECIAL:
            append(("lit", ord(this)))
        elif this == "[":
            here = source.tell() - 1
            items = []
            if source.next == "[":
                import warnings
                warnings.warn("Possible nested set at position %d" % source.tell(),
                              FutureWarning, stacklevel=nested + 7)
            negate = source.match("^")
            while True:
                this = source.get()
                if this is None:
                    #@line 572
                    raise source.error("unterminated character set",
                                       source.tell() - here)
                if this == "]" and items:
                    break
                elif this[0] == "\\":
                    code1 = _class_escape(source, this)
                else:
                    if items and this in "-&~|" and source.next == this:
                        import warnings
                        warnings.warn("Possible set %s at position %d" % (
                            "difference" if this == "-" else
                            "intersection" if this == "&" else
                            "symmetric difference" if this == "~" else
                            "union", source.tell() - 1), FutureWarning, stacklevel=nested + 7)
                    code1 = ("lit", ord(this))
                if source.match("-"):
                    that = source.get()
                    if that is None:
                        #@line 595
                        raise source.error("unterminated character set",
                                           source.tell() - here)
                    if that == "]":
                        if code1[0] == "in":
                            code1 = code1[1][0]
                        items.append(code1)
                        items.append(("lit", 45))
                        break
                    if that[0] == "\\":
                        code2 = _class_escape(source, that)
                    else:
                        if that == "-":
                            import warnings
                            warnings.warn("Possible set difference at position %d" % (
                                source.tell() - 2), FutureWarning, stacklevel=nested + 7)
                        code2 = ("lit", ord(that))
                    if code1[0] != "lit" or code2[0] != "lit":
                        msg = "bad character range %s-%s" % (this, that)
                        #@line 616
                        raise source.error(msg, len(this) + 1 + len(that))
                    lo = code1[1]
                    hi = code2[1]
                    if hi < lo:
                        msg = "bad character range %s-%s" % (this, that)
                        raise source.error(msg, len(this) + 1 + len(that))
                    items.append(("range", lo, hi))
                else:
                    if code1[0] == "in":
                        code1 = code1[1][0]
                    items.append(code1)
            items = _uniq(items)
            if len(items) == 1 and items[0][0] == "lit":
                if negate:
                    append(("nlit", items[0][1]))
                else:
                    append(items[0])
            else:
                append(("in", items, negate))
        elif this in _REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                lo, hi = 0, 1
            elif this == "*":
                lo, hi = 0, MAXREPEAT
            elif this == "+":
                lo, hi = 1, MAXREPEAT
            else:
                if source.next == "}":
                    append(("lit", ord(this)))
                    continue
                lo, hi = 0, MAXREPEAT
                los = his = ""
                while source.next in _DIGITS:
                    los += source.get()
                if source.match(","):
                    while source.next in _DIGITS:
                        his += source.get()
                else:
                    his = los
                if not source.match("}"):
                    append(("lit", ord(this)))
                    source.seek(here)
                    continue
                if los:
                    lo = int(los)
                    if lo >= MAXREPEAT:
                        #@line 675
                        raise OverflowError("the repetition number is too large")
                if his:
                    hi = int(his)
                    if hi >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if hi < lo:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            item = sub[-1] if sub else None
            if item is None or item[0] == "at":
                #@line 691
                raise source.error("nothing to repeat",
                                   source.tell() - here + len(this))
            if item[0] == "repeat":
                raise source.error("multiple repeat",
                                   source.tell() - here + len(this))
            if item[0] == "group" and item[1] is None and not item[2] and not item[3]:
                body = item[4]
            else:
                body = [item]
            if source.match("?"):
                kind = "lazy"
            elif source.match("+"):
                kind = "possessive"
            else:
                kind = "greedy"
            sub[-1] = ("repeat", lo, hi, kind, body)
        elif this == ".":
            append(("any",))
        elif this == "(":
            start = source.tell() - 1
            capture = True
            atomic = False
            name = None
            add_flags = 0
            del_flags = 0
            if source.match("?"):
                char = source.get()
                if char is None:
                    #@line 724
                    raise source.error("unexpected end of pattern")
                if char == "P":
                    if source.match("<"):
                        name = source.getuntil(">", "group name")
                        source.checkgroupname(name, 1, nested)
                    elif source.match("="):
                        name = source.getuntil(")", "group name")
                        source.checkgroupname(name, 1, nested)
                        gid = state.groupdict.get(name)
                        if gid is None:
                            raise source.error("unknown group name %r" % name, len(name) + 1)
                        if not state.checkgroup(gid):
                            raise source.error("cannot refer to an open group", len(name) + 1)
                        state.checklookbehindgroup(gid, source)
                        append(("ref", gid))
                        continue
                    else:
                        char = source.get()
                        if char is None:
                            #@line 749
                            raise source.error("unexpected end of pattern")
                        raise source.error("unknown extension ?P" + char,
                                           len(char) + 2)
                elif char == ":":
                    capture = False
                elif char == "#":
                    while True:
                        if source.next is None:
                            #@line 759
                            raise source.error("missing ), unterminated comment",
                                               source.tell() - start)
                        if source.get() == ")":
                            break
                    continue
                elif char in "=!<":
                    behind = False
                    if char == "<":
                        char = source.get()
                        if char is None:
                            #@line 771
                            raise source.error("unexpected end of pattern")
                        if char not in "=!":
                            raise source.error("unknown extension ?<" + char,
                                               len(char) + 2)
                        behind = True
                        outer = state.lookbehindgroups
                        if outer is None:
                            state.lookbehindgroups = state.groups
                    p = _parse_sub(source, state, verbose, nested + 1)
                    if behind and outer is None:
                        state.lookbehindgroups = None
                    if not source.match(")"):
                        #@line 784
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    append(("assert", char == "=", behind, p))
                    continue
                elif char == "(":
                    condname = source.getuntil(")", "group name")
                    if condname.isidentifier():
                        source.checkgroupname(condname, 1, nested)
                        condgroup = state.groupdict.get(condname)
                        if condgroup is None:
                            raise source.error("unknown group name %r" % condname,
                                               len(condname) + 1)
                    else:
                        try:
                            condgroup = int(condname)
                            if condgroup < 0:
                                raise ValueError
                        except ValueError:
                            raise source.error("bad character in group name %r" % condname,
                                               len(condname) + 1) from None
                        if not condgroup:
                            raise source.error("bad group number", len(condname) + 1)
                        if condgroup >= MAXGROUPS:
                            raise source.error("invalid group reference %d" % condgroup,
                                               len(condname) + 1)
                        if condgroup not in state.grouprefpos:
                            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
                    state.checklookbehindgroup(condgroup, source)
                    yes = _parse(source, state, verbose, nested + 1)
                    if source.match("|"):
                        no = _parse(source, state, verbose, nested + 1)
                        if source.next == "|":
                            #@line 832
                            raise source.error("conditional backref with more than two branches")
                    else:
                        no = None
                    if not source.match(")"):
                        raise source.error("missing ), unterminated subpattern",
                                           source.tell() - start)
                    append(("exists", condgroup, yes, no))
                    continue
                elif char == ">":
                    capture = False
                    atomic = True
                elif char in _FLAGS or char == "-":
                    flags = _parse_flags(source, state, char)
                    if flags is None:
                        if not first or sub:
                            #@line 850
                            raise source.error('global flags not at the start '
                                               'of the expression',
                                               source.tell() - start)
                        verbose = state.flags & _X
                        continue
                    add_flags, del_flags = flags
                    capture = False
                else:
                    #@line 859
                    raise source.error("unknown extension ?" + char,
                                       len(char) + 1)
            if capture:
                try:
                    group = state.opengroup(name)
                except error as err:
                    #@line 867
                    raise source.error(err.msg, len(name) + 1) from None
            else:
                group = None
            sub_verbose = ((verbose or (add_flags & _X)) and not (del_flags & _X))
            #@line 872
            p = _parse_sub(source, state, sub_verbose, nested + 1)
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            if group is not None:
                state.closegroup(group, p)
            if atomic:
                append(("atomic", p))
            else:
                append(("group", group, add_flags, del_flags, p))
        elif this == "^":
            append(("at", "begin"))
        elif this == "$":
            append(("at", "end"))
    # Plain non-capturing groups dissolve into the sequence.
    out = []
    for node in sub:
        if node[0] == "group" and node[1] is None and not node[2] and not node[3]:
            out.extend(node[4])
        else:
            out.append(node)
    return out


#@file _sre.py
def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = _FLAGS[char]
            if source.istext:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            else:
                if char == "u":
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in _FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in _FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = _FLAGS[char]
            if flag & _TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in _FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & _GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def _fix_flags(src, flags):
    if isinstance(src, str):
        if flags & _L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & _A:
            flags |= _U
        elif flags & _U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & _U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _L and flags & _A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


#@file re/_parser.py
# CPython's parse() and _compiler.compile(), at its line numbers: the
# frames a pattern's syntax error shows. Deep nesting meets the recursion
# limit at CPython's depth (495 groups at the default limit); pyview may
# hit it in a comparison, whose message says so, CPython in a call.
#@line 975
def parse(str, flags=0, state=None):
    # parse 're' pattern into list of (opcode, argument) tuples

    source = _Source(str)
    state = _State()
    state.flags = flags
    SRE_FLAG_VERBOSE = _X
    try:
        #@line 989
        p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    except RecursionError:
        raise RecursionError("maximum recursion depth exceeded") from None
    state.flags = _fix_flags(str, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")

    for g in state.grouprefpos:
        if g >= state.groups:
            msg = "invalid group reference %d" % g
            raise error(msg, str, state.grouprefpos[g])
    return p, state


class _parser:
    parse = staticmethod(parse)


del parse

#@file re/_compiler.py
#@line 740
def compile(p, flags=0):
    # internal: convert pattern list to internal format

    if isinstance(p, (str, bytes)):
        pattern = p
        p = _parser.parse(p, flags)
    return _compile_parsed(pattern, p)


_compile_parsed_pattern = compile
del compile

#@file _sre.py
# ----- the compiler -----

_AT_CODES = {"begin_string": 0, "end_string": 4, "boundary": 5, "nonboundary": 6}
_MAX = MAXREPEAT


class _Compiler:
    def __init__(self, state):
        self.code = []
        self.reps = 0
        self.state = state

    def emit(self, *inst):
        self.code.append(list(inst))
        return len(self.code) - 1

    def single(self, node, flags):
        """The instruction of a single-character node, or None."""
        op = node[0]
        ignore = flags & _I
        if op == "lit":
            return [3 if ignore else 2, node[1]]
        if op == "nlit":
            return [5 if ignore else 4, node[1]]
        if op == "any":
            return [7 if flags & _S else 6]
        if op == "in":
            inst = [9 if ignore else 8, 1 if node[2] else 0]
            for item in node[1]:
                if item[0] == "lit":
                    inst += [0, item[1], 0]
                elif item[0] == "range":
                    inst += [1, item[1], item[2]]
                else:
                    inst += [2, item[1], 0]
            return inst
        return None

    def seq(self, seq, flags):
        for node in seq:
            self.node(node, flags)

    def node(self, node, flags):
        op = node[0]
        one = self.single(node, flags)
        if one is not None:
            self.code.append(one)
        elif op == "at":
            kind = node[1]
            if kind == "begin":
                code = 1 if flags & _M else 0
            elif kind == "end":
                code = 3 if flags & _M else 2
            else:
                code = _AT_CODES[kind]
            self.emit(10, code)
        elif op == "group":
            gid, add, rem, body = node[1:]
            inner = (flags | add) & ~rem
            if gid is not None:
                self.emit(11, 2 * gid)
            self.seq(body, inner)
            if gid is not None:
                self.emit(11, 2 * gid + 1)
        elif op == "branch":
            jumps = []
            alts = node[1]
            for i, alt in enumerate(alts):
                if i < len(alts) - 1:
                    split = self.emit(12, 0, 0)
                    self.code[split][1] = split + 1
                    self.seq(alt, flags)
                    jumps.append(self.emit(13, 0))
                    self.code[split][2] = len(self.code)
                else:
                    self.seq(alt, flags)
            for j in jumps:
                self.code[j][1] = len(self.code)
        elif op == "repeat":
            self.repeat(node, flags)
        elif op == "atomic":
            self.emit(17)
            self.seq(node[1], flags)
            self.emit(18)
        elif op == "assert":
            positive, behind, body = node[1:]
            width = 0
            if behind:
                lo, hi = _width(body, self.state)
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
                width = lo
            kind = (2 if behind else 0) + (0 if positive else 1)
            look = self.emit(19, kind, width, 0)
            self.seq(body, flags)
            self.emit(20)
            self.code[look][3] = len(self.code)
        elif op == "ref":
            self.emit(22 if flags & _I else 21, node[1])
        elif op == "exists":
            g, yes, no = node[1:]
            test = self.emit(23, g, 0)
            self.seq(yes, flags)
            if no is not None:
                jump = self.emit(13, 0)
                self.code[test][2] = len(self.code)
                self.seq(no, flags)
                self.code[jump][1] = len(self.code)
            else:
                self.code[test][2] = len(self.code)

    def repeat(self, node, flags):
        lo, hi, kind, body = node[1:]
        maxv = -1 if hi >= _MAX else hi
        if len(body) == 1:
            one = self.single(body[0], flags)
            if one is not None:
                at = self.emit(16, lo, maxv, {"greedy": 0, "lazy": 1, "possessive": 2}[kind], 0)
                self.code.append(one)
                self.code[at][4] = len(self.code)
                return
        if kind == "possessive":
            self.emit(17)
        if lo == 1 and hi == 1:
            self.seq(body, flags)
        elif lo == 0 and hi == 1:
            split = self.emit(12, 0, 0)
            self.seq(body, flags)
            if kind != "lazy":
                self.code[split][1:] = [split + 1, len(self.code)]
            else:
                self.code[split][1:] = [len(self.code), split + 1]
        else:
            r = self.reps
            self.reps += 1
            self.emit(14, r)
            loop = self.emit(15, r, lo, maxv, 0 if kind == "lazy" else 1, 0)
            # sre commits to each iteration of a possessive repeat.
            if kind == "possessive":
                self.emit(17)
            self.seq(body, flags)
            if kind == "possessive":
                self.emit(18)
            self.emit(13, loop)
            self.code[loop][5] = len(self.code)
        if kind == "possessive":
            self.emit(18)


def _compile_pattern(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    return _compile_parsed_pattern(pattern, flags)


def _compile_parsed(pattern, parsed):
    p, state = parsed
    flags = state.flags
    c = _Compiler(state)
    c.seq(p, flags)
    c.emit(1)
    isbytes = not isinstance(pattern, str)
    ascii = isbytes or bool(flags & (_A | _L))
    prog = _sre.compile(c.code, isbytes, ascii, state.groups - 1)
    return Pattern(pattern, flags, prog, state.groups - 1, state.groupdict)

# ----- templates -----


def _parse_template(source, pattern):
    s = _Source(source)
    groupindex = pattern.groupindex
    ngroups = pattern.groups
    groups = []
    literals = []
    literal = []

    def addgroup(index, pos):
        if index > ngroups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            literals.append("".join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.next in _DIGITS:
                    this += s.get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and
                            s.next in _OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error("octal escape value %s outside of range 0-0o377"
                                          % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                e = _ESCAPES.get(this)
                if e is not None:
                    this = chr(e[1])
                elif c in _ASCIILETTERS:
                    raise s.error("bad escape %s" % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        literals.append("".join(literal))
    if not isinstance(source, str):
        literals = [None if x is None else x.encode("latin-1") for x in literals]
    return groups, literals


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        if len(_template_cache) >= 512:
            _template_cache.clear()
        t = _parse_template(repl, pattern)
        _template_cache[key] = t
    return t

# ----- Pattern and Match -----


def _subject(string):
    if isinstance(string, (str, bytes)):
        return string
    return _sre.getbytes(string)


_MAXSIZE = 9223372036854775807

_REPR_FLAGS = [
    ("re.TEMPLATE", _T), ("re.IGNORECASE", _I), ("re.LOCALE", _L),
    ("re.MULTILINE", _M), ("re.DOTALL", _S), ("re.UNICODE", _U),
    ("re.VERBOSE", _X), ("re.DEBUG", _D), ("re.ASCII", _A),
]


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags, prog, groups, groupindex):
        self._pattern = pattern
        self._flags = flags
        self._prog = prog
        self._groups = groups
        self._groupindex = groupindex
        self._names = {v: k for k, v in groupindex.items()}

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (_L | _U | _A) == _U:
            flags &= ~_U
        names = []
        for n, b in _REPR_FLAGS:
            if flags & b:
                names.append(n)
                flags &= ~b
        if flags:
            names.append(hex(flags))
        r = repr(self._pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (r, "|".join(names))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        marks = self._prog.match(string, pos, endpos, 0)
        return None if marks is None else Match(self, string, marks)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        marks = self._prog.match(string, pos, endpos, 1)
        return None if marks is None else Match(self, string, marks)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        marks = self._prog.match(string, pos, endpos, 2)
        return None if marks is None else Match(self, string, marks)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        found = self._prog.scan(string, pos, endpos, 0)
        return iter([Match(self, string, m) for m in found])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return self._prog.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit < 0:
            data = _subject(string)
            self._prog.match(data, 0, 0, 0)
            return [data]
        data = _subject(string)
        found = self._prog.scan(data, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        g = self._groups
        for m in found:
            out.append(data[last:m[0]])
            for i in range(1, g + 1):
                a = m[2 * i]
                b = m[2 * i + 1]
                out.append(None if a < 0 or b < 0 else data[a:b])
            last = m[1]
        out.append(data[last:])
        return out

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        data = _subject(string)
        if callable(repl):
            filt = repl
            literal = None
        else:
            if isinstance(repl, str):
                plain = "\\" not in repl
            else:
                try:
                    repl = _sre.getbytes(repl)
                except TypeError:
                    raise TypeError("decoding to str: need a bytes-like object, %s found"
                                    % type(repl).__name__) from None
                plain = b"\\" not in repl
            if plain:
                filt = None
                literal = repl
            else:
                groups, literals = _compile_template(self, repl)
                if not groups:
                    filt = None
                    literal = literals[0] if literals else repl[:0]
                else:
                    filt = groups, literals
                    literal = None
            if count >= 0 and type(data) is type(repl):
                # The matcher builds the result when the pieces are of
                # the subject's kind.
                if literal is not None:
                    pieces = [literal]
                else:
                    pieces = list(literals)
                    for index, group in groups:
                        pieces[index] = group
                return self._prog.sub(data, pieces, count)
        if count < 0:
            return data, 0
        found = self._prog.scan(data, 0, _MAXSIZE, count)
        out = []
        last = 0
        empty = data[:0]
        for m in found:
            # Empty pieces are left out, as CPython does (join's messages
            # count the items).
            if last < m[0]:
                out.append(data[last:m[0]])
            if literal is not None:
                out.append(literal)
            elif callable(filt):
                r = filt(Match(self, string, m))
                if r is not None:
                    out.append(r)
            else:
                groups, literals = filt
                lits = list(literals)
                for index, group in groups:
                    a = m[2 * group]
                    b = m[2 * group + 1]
                    lits[index] = empty if a < 0 or b < 0 else data[a:b]
                out.append(empty.join(lits))
            last = m[1]
        if not found:
            return data, 0
        if last < len(data):
            out.append(data[last:])
        return empty.join(out), len(found)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported")


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, marks):
        self._re = pattern
        self._string = string
        self._marks = marks

    @property
    def _data(self):
        # Groups of a bytes-like subject other than bytes are bytes.
        s = self._string
        if isinstance(s, (str, bytes)):
            return s
        return _sre.getbytes(s)

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        return self._marks[-2]

    @property
    def endpos(self):
        return self._marks[-1]

    @property
    def lastindex(self):
        i = self._marks[-3]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._marks[-3]
        if i < 0:
            return None
        return self._re._names.get(i)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self._re._groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            i = g
        else:
            i = self._re._groupindex.get(g, -1)
            if not isinstance(i, int):
                i = -1
        if i < 0 or i > self._re._groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self._data[a:b]

    def group(self, *args):
        """Return subgroup(s) of the match by indices or names."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match."""
        return tuple(self._get(i, default) for i in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match."""
        return {k: self._get(v, default) for k, v in self._re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        i = self._index(group)
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        return -1 if a < 0 or b < 0 else a

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        i = self._index(group)
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        return -1 if a < 0 or b < 0 else b

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        i = self._index(group)
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        if a < 0 or b < 0:
            return (-1, -1)
        return (a, b)

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        if isinstance(self._re._pattern, str):
            if not isinstance(template, str):
                raise TypeError("expected str instance, %s found" % type(template).__name__)
        groups, literals = _compile_template(self._re, template)
        lits = list(literals)
        empty = self._data[:0]
        for index, group in groups:
            v = self._get(group)
            lits[index] = empty if v is None else v
        return empty.join(lits)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._marks[0], self._marks[1], repr(self._get(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"
Match.__module__ = "re"
_set_type_name(Pattern, "re.Pattern")
_set_type_name(Match, "re.Match")
del _set_type_name

_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


class _compiler:
    """Stands for CPython's re._compiler in the lines re/__init__.py shows."""
    compile = staticmethod(_compile_pattern)

    @staticmethod
    def isstring(obj):
        return isinstance(obj, (str, bytes))


# The Pattern and Match methods above are C in CPython (_sre): tracebacks
# show no frame of theirs. The module functions below carry the line
# numbers of CPython's re/__init__.py.
#@file re/__init__.py
#@line 163
def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    #@line 185
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    #@line 196
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    #@line 206
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    #@line 216
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    #@line 223
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()

#@line 253
def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')

#@line 269
_cache = {}  # ordered!

_MAXCACHE = 512
def _compile(pattern, flags):
    # internal: compile pattern
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not _compiler.isstring(pattern):
        raise TypeError("first argument must be string or compiled pattern")
    #@line 294
    p = _compiler.compile(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest item
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p

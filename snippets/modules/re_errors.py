# re: the pattern errors (re.error with msg, pattern, pos, lineno, colno), flag and type errors, with CPython's messages.
import re


def attempt(pattern, flags=0):
    try:
        print(repr(pattern), "->", re.compile(pattern, flags))
    except re.error as e:
        print(repr(pattern), "-> re.error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pattern), "->", type(e).__name__ + ":", e)


for p in [
    "(a", "a)", "*", "+a", "a**", "a*{2}", "a??+", "^*", "\\q", "\\", "[a", "[", "[]", "[^]",
    "[z-a]", "[a-\\d]", "[\\w-z]", "a{3,2}", "a{99999999999}", "(?P<1>a)", "(?P<a-b>x)",
    "(?P<x>a)(?P<x>b)", "(?P=x)", "(?P=1)", "(?Px)", "(?P", "(?", "(?<x>a)", "(?<", "(?x", "(?z)",
    "\\2", "(a)\\2", "(a\\1)", "(?(2)a|b)", "(?(x)a)", "(?(0)a)", "(?(1a)a)", "(a)(?(1)a|b|c)",
    "(?<=a*)b", "(?<=a|bc)d", "(?<!a+)b", "(?#abc", "(?i", "(?i-", "(?i-:a)", "(?-i)", "(?a-u:x)",
    "(?au)", "(?L)", "(?u)", "(?-a:x)", "(?t:x)", "(?i-i:x)", "a(?i)b", "(?i)(?m)a|(?s)b",
    "\\x1", "\\x", "\\u12", "\\U0011ffff", "\\777", "[\\777]", "[\\1]", "\\N",
    "a\n(b", "ab\n\ncd)", "(?P<n>a)(?P=n", "(?P<n", "(?P<>a)", "(?P=)", "(?<a)",
]:
    attempt(p)
attempt(b"\\q")
attempt(b"(?u)a")
attempt("a", re.L)
attempt(b"a", re.U)
attempt("a", re.A | re.U)
attempt(b"a", re.A | re.L)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt(b"(?P<\xe9>a)")
print([(w.category.__name__, str(w.message)) for w in caught])
attempt(5)
attempt(re.compile("a"), re.I)
print(re.compile(re.compile("a")) is re.compile("a"))
e = re.error("plain")
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
for f, args in [
    (re.search, ("a", b"a")), (re.search, (b"a", "a")), (re.search, ("a", 5)),
    (re.findall, (b"a", "a")), (re.sub, ("a", "b", b"a")), (re.split, ("a", None)),
]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
m = re.match(r"(a)(?P<n>b)?", "a")
for g in [3, -1, "m", 1.5, "n"]:
    try:
        print(g, m.group(g), m.start(g))
    except IndexError as e:
        print(g, "IndexError:", e)
try:
    m[4]
except IndexError as e:
    print("m[4] IndexError:", e)

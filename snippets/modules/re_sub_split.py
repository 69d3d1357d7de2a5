# re: sub and subn (templates, callables, count), split (captures, maxsplit), expand, escape.
import re

print(re.sub(r"(a)(b)?", r"[\1|\2]", "abacad"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>:\g<1>:\g<0>>", "hi yo"))
print(re.sub("a", r"\n\t\\x", "bab"))
print(re.sub(r"(\d)", r"\1\0", "x5"), re.sub("x", r"\101", "x"))
print(re.subn("o", "0", "foo boo"), re.subn("o", "0", "foo boo", 2), re.sub("o", "0", "foo", count=1))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.subn(r"\b", "|", "a bc"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "hello world"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3", 2))
print(re.sub(b"a", b"b", b"aaa"), re.sub(b"(a)", rb"<\1>", bytearray(b"xa")), re.sub("a", "\\\\", "a"))
for tmpl in [r"\3", r"\g<3>", r"\g<x>", r"\g<1", r"\g", r"\g<>", r"\g<1a>", r"\q", "\\", r"\g<-1>", r"\400"]:
    try:
        print(tmpl, re.sub("(a)(b)", tmpl, "ab"))
    except re.error as e:
        print(tmpl, "re.error:", e)
    except IndexError as e:
        print(tmpl, "IndexError:", e)
print(re.split(r",\s*", "a, b,c"), re.split(r"(,)\s*", "a, b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("x*", "axbc"), re.split("", "abc"))
print(re.split(r"\b", "a bc"), re.split("a", "aaa"), re.split("a", "", 0), re.split("a", "bab", -1))
print(re.split(rb"\s", b"a b\tc"), re.split("(?=b)", "abab"))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\2, \1 (\g<first>)"), m.expand(r"\g<last>\n"))
print(re.escape("a.b*c? [d] {e} (f) ^$ |\\ + - # & ~ \t\n"), re.escape(b"a.b"), re.escape("é_9"))
print(re.fullmatch(re.escape("1+1=2?"), "1+1=2?"))
print(re.sub("a", "b", "aaa", flags=re.I), re.split("A", "bab", flags=re.I), re.subn("(?i)A", "-", "aA"))

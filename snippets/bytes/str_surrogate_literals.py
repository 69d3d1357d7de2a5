# Lone surrogates in str literals, chr/ord, repr/ascii, predicates and ordering.
s = "\ud800"
t = "\U0000dc80"
print(len(s), hex(ord(s)), hex(ord(t)), repr(s), ascii(t), s == chr(0xD800), t == "\udc80")
print(repr("\uDBFF\uDFFF"), len("\uDBFF\uDFFF"), "\ud83d\ude00" == "\U0001f600")

# Raw strings, escaped backslashes, implicit concatenation and f-strings keep their meaning.
n = 3
print(r"\ud800", len(r"\ud800"), "\\ud800", repr("a" "\udc01" 'b' "\udc02"))
print(repr(f"{n}\udc80{n:>3}|{n!r}\udfff"), repr(rf"\ud800{n}"), repr(f"{{\ud800}}"))
print(repr("\ufffd\ud800\N{REPLACEMENT CHARACTER}"))
# Escapes in a format spec are decoded too (but not in a raw f-string).
print(repr(f"{n:\udc80>4}"), repr(f"{'ab':\x2a^6}|{n:\u0030>{n}}"), repr(rf"{n:>3}\x41"))

# repr, %r, !r and ascii all escape surrogates (lowercase hex, as CPython).
print("%r %a %s" % (s, t, "ok"), "{!r} {!a}".format("\udcAB", "\udcab"), f"{s!r}")
print([s, t], {"key\udc80": 1}, ("\udfff",))

# Surrogates are category Cs: every predicate says no.
for name in ["isprintable", "isalpha", "isalnum", "isspace", "isdigit", "isidentifier", "isupper", "islower"]:
    print(name, getattr(s, name)(), getattr("a" + t, name)())
print(s.upper() == s, (s + "x").title() == s + "X", s.casefold() == s, "a\udc80b".split("\udc80"))

# Ordering by code point: surrogates sort between U+D7FF and U+E000.
words = ["\ue000", "\ud800", "z", "\U00010000", "\ud7ff", "\udfff"]
print([hex(ord(w)) for w in sorted(words)])
print(s < "\ue000", s > "\ud7ff", max(words) == "\U00010000", min("\udfff", "\ue000") == "\udfff")

# chr, %c, format 'c' and str.translate produce them too.
print(repr(chr(0xDFFF)), repr("%c" % 0xDC00), repr(format(0xD8FF, "c")), repr("abc".translate({98: 0xDCAA})))
print(repr(str.maketrans("\ud800", "x")), "-\ud800-".translate(str.maketrans("\ud800", "x")))
for bad in [0x110000, -1]:
    try:
        chr(bad)
    except ValueError as e:
        print(e)

# unicodedata: properties as CPython 3.11 (Unicode 14.0.0) gives them.
import unicodedata

print(unicodedata.unidata_version)
chars = "aZ5٣½Ⅻ①\u00e9\u0301\u200b\u2028 \t(」\u4e00\uac00\u0627\U0001f600\U0001d400\ufb01\u00a0\u0000\ue000"
for ch in chars:
    print(ascii(ch), unicodedata.name(ch, "-"), unicodedata.category(ch),
          unicodedata.bidirectional(ch), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None),
          unicodedata.numeric(ch, None), repr(unicodedata.decomposition(ch)))
for name in ["LATIN SMALL LETTER A", "latin capital letter e with acute", "SNOWMAN",
             "GRINNING FACE", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E2D",
             "LATIN CAPITAL LETTER GHA", "EURO SIGN"]:
    print(name, ascii(unicodedata.lookup(name)))
print(ascii(unicodedata.lookup(b"DIGIT SEVEN")))
print("\N{EM DASH}\N{BULLET}\N{DEGREE SIGN}", ascii("\N{NO-BREAK SPACE}\N{snowman}"))
print(unicodedata.numeric("\u2155"), unicodedata.numeric("\u4e07"), unicodedata.numeric("\u0f33"))
# Categories over a range, counted.
counts = {}
for c in range(0x3000):
    cat = unicodedata.category(chr(c))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
# Assigned after Unicode 14: unnamed and unassigned to CPython 3.11.
print(unicodedata.name("\U0001fae8", None), unicodedata.category("\U0001fae8"))

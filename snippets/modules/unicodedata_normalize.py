# unicodedata.normalize / is_normalized in the four forms.
import unicodedata

forms = ("NFC", "NFD", "NFKC", "NFKD")
samples = ["e\u0301", "\u00e9", "\ufb01", "\u1e9b\u0323", "\uac00", "\u1100\u1161\u11a8",
           "\u212b", "x\u0327\u0301\u0300q", "\u2460", "\u2126", "A\u030a\u0323",
           "\u0344", "\uff76\uff9e", "ﾊﾟ", "\u00bd", "plain ascii", "",
           "\U0001d400\u0300", "a\u0558\u0301"]
for s in samples:
    print(ascii(s), [ascii(unicodedata.normalize(f, s)) for f in forms],
          [unicodedata.is_normalized(f, s) for f in forms])
s = "caf\u00e9"
print(unicodedata.normalize("NFC", s) is s)
text = "".join(chr(c) for c in range(0xc0, 0x250))
for f in forms:
    n = unicodedata.normalize(f, text)
    print(f, len(n), unicodedata.is_normalized(f, n))

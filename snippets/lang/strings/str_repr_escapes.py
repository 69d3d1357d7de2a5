# repr of strings: quote choice and escapes for control and non-printable characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x07\x7f", "é ñ 日本", "\u200b", "\U0001F600", "\ud800" if False else "x", "\x85\xa0\xad"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str("x"), repr(repr("a")))

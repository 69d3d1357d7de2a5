# Case conversion: upper, lower, casefold, capitalize, title, swapcase.
samples = ["hello world", "HELLO", "mIxEd CaSe", "they're bill's friends", "ß straße", "ǅungla", "123abc", ""]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase(), sep=" | ")
print("ﬁ".upper(), "İ".lower().encode(), "ΣΑΣ".lower(), "Σ".lower())

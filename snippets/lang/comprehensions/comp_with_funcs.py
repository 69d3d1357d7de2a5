# Comprehensions combined with builtins: filtering words and counting letters.
text = "The quick brown fox jumps over the lazy dog"
words = text.lower().split()
print(sorted({w for w in words if len(w) > 3}))
print([w for w in words if w == w[::-1] or len(w) == 3])
letters = {c: text.lower().count(c) for c in sorted(set(text.lower())) if c.isalpha()}
print(len(letters), max(letters.values()), [k for k, v in letters.items() if v > 2])
print(sum(1 for c in text if c.isupper()))
print(list(zip(*[iter(range(6))] * 2)))
print([list(g) for g in ([i] * i for i in range(4))])

# Count word frequencies in a byte text, ignoring case and punctuation.
text = b"""It was the best of times, it was the worst of times; it was the age of wisdom,
it was the age of foolishness..."""
strip_punct = bytes.maketrans(b",;.", b"   ")
words = text.lower().translate(strip_punct).split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:6]:
    print(word.ljust(12), n, b"#" * n)
print(len(words), len(freq), max(words, key=len))

# A small text report: word counts, alignment and capitalisation.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(f"{'word':<10}|{'count':>6}")
print("-" * 17)
for w, c in top:
    print(f"{w:<10}|{c:>6}")
print(len(text.splitlines()), len(words), len(set(words)))
print(text.title().splitlines()[0])
print(" ".join(w.capitalize() for w in "hello big world".split()))
print("".join(c for c in text if c.isupper()))

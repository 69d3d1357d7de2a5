# Building strings: join over generators, repetition, concatenation in loops.
parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts))
print(", ".join(map(str, range(1, 6))))
print("-" * 20)
line = ""
for word in ["alpha", "beta", "gamma"]:
    line += word[0].upper() + word[1:] + " "
print(repr(line.rstrip()))
table = "\n".join(f"{n:>3} {n * n:>5} {n ** 3:>7}" for n in range(1, 6))
print(table)
print("=" * len(table.splitlines()[-1]))
words = "the quick brown fox".split()
print(" ".join(reversed(words)), " ".join(w[::-1] for w in words))
print("".join(sorted(set("mississippi"))), "|".join(c * 2 for c in "abc"))

# random: choice, choices (weights, cum_weights, k), shuffle and sample (pool and set branches, counts) give CPython's picks.
import random

r = random.Random(2023)
print(r.choice("abcdefg"), r.choice(range(1000)), r.choice([1, 2, 3]), r.choice((None,)))
print("".join(r.choice("ACGT") for _ in range(40)))

print(r.choices("abc", k=10))
print(r.choices("abc", [1, 2, 3], k=10))
print(r.choices("abc", cum_weights=[1, 1.5, 4], k=10))
print(r.choices(range(10), weights=[0] * 9 + [1], k=3))
print(r.choices(["x", "y"], k=0), r.choices(["only"]))

deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
empty = []
r.shuffle(empty)
print(empty)

# Small populations use a pool, large ones a set of picks.
for n, k in [(10, 10), (21, 1), (22, 1), (100, 5), (100, 6), (60, 60), (85, 20), (1000, 30), (10**9, 5)]:
    print(n, k, r.sample(range(n), k))
print(r.sample("abcdefgh", 3), r.sample((1, 2, 3), 0))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(r.sample(["a", "b", "c"], counts=[3, 2, 5], k=10))

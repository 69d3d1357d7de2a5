# random: randrange (one, two and three arguments, negative steps, huge ranges), randint, and _randbelow's rejection loop.
import random

r = random.Random(12345)
print([r.randrange(10) for _ in range(20)])
print([r.randrange(-5, 5) for _ in range(20)])
print([r.randrange(0, 100, 7) for _ in range(10)])
print([r.randrange(100, 0, -3) for _ in range(10)])
print([r.randrange(-1, -20, -4) for _ in range(10)])
print([r.randint(1, 6) for _ in range(30)])
print([r.randint(-3, -3) for _ in range(3)])
print(r.randrange(2**70), r.randrange(-2**65, 2**65, 3), r.randint(10**30, 10**30 + 10**20))

# Powers of two just above a bound make the most redraws.
print([r.randrange(2**k + 1) for k in range(12)])
print([r.randrange(1000000007) for _ in range(8)])

# A dice tally is stable for a seed.
random.seed(6)
counts = [0] * 7
for _ in range(6000):
    counts[random.randint(1, 6)] += 1
print(counts[1:])

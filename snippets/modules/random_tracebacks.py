# Errors raised inside random's methods show CPython's random.py lines.
import random
import traceback

for call in [
    lambda: random.choice([]),
    lambda: random.randint(5, 1),
    lambda: random.randint(1, "b"),
    lambda: random.randrange(0),
    lambda: random.randrange(1.5),
    lambda: random.randrange(1, "a"),
    lambda: random.randrange(1, 5, 0),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices([], k=2),
    lambda: random.choices([1, 2], weights=[1], k=1),
    lambda: random.shuffle((1, 2)),
    lambda: random.uniform("a", 1),
    lambda: random.seed([1]),
    lambda: random.expovariate(0),
    lambda: random.choice({1: 2}),
]:
    try:
        call()
    except Exception:
        traceback.print_exc()
random.choice([])

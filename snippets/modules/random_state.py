# random: getstate/setstate round trips (CPython's (3, 625 ints, gauss_next) tuple, the old version 2 form), copies and reseeding.
import copy
import random

r = random.Random(99)
r.random()
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][:3], state[1][-1], state[2])
ahead = [r.random() for _ in range(700)]
r.setstate(state)
print(ahead == [r.random() for _ in range(700)], ahead[-1])

other = random.Random()
other.setstate(state)
print(other.random() == ahead[0])

# gauss keeps its second value in the state.
g = random.Random(5)
g.gauss()
saved = g.getstate()
print(saved[2])
nxt = g.gauss()
g.setstate(saved)
print(g.gauss() == nxt, nxt)

# Version 2 states held the words as signed ints.
old = (2, tuple(w - 2**32 if w >= 2**31 else w for w in state[1][:624]) + (state[1][624],), None)
r.setstate(old)
print(r.random() == ahead[0])

# Module-level functions share one generator.
random.seed(8)
s = random.getstate()
picks = [random.randrange(100) for _ in range(5)]
random.setstate(s)
print(picks, picks == [random.randrange(100) for _ in range(5)])

# Copies are independent generators in the same state.
c = copy.copy(r)
d = copy.deepcopy(r)
print(r.random() == c.random() == d.random(), vars(c))

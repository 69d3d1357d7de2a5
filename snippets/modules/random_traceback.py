# random: an uncaught error from the native core shows only the caller's frame, as CPython's C methods do.
import random

r = random.Random(2)
print(r.getrandbits(8))
bits = r.getrandbits(-3)

# random: subclasses of Random; one overriding random() alone gets _randbelow from random(), as CPython chooses in __init_subclass__.
import random


class Halved(random.Random):
    def random(self):
        return super().random() / 2


class Flipped(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k) ^ 1 if k else 0


class Lcg(random.Random):
    """A toy core generator of our own."""

    def __init__(self, seed):
        self.seed(seed)
        self.gauss_next = None

    def seed(self, a=None):
        self.x = a

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31


class Named(random.Random):
    def __init__(self, name, seed):
        super().__init__(seed)
        self.name = name


for cls in (Halved, Flipped):
    r = cls(3)
    xs = list(range(8))
    r.shuffle(xs)
    print(cls.__name__, r._randbelow.__name__, r.random(), r.randrange(100), r.choice("abcdef"), r.sample(range(30), 4), xs)

lcg = Lcg(42)
print(Lcg._randbelow.__name__, lcg.randrange(10), lcg.choice("xyz"), lcg.sample(range(5), 2), lcg.uniform(1, 2))

n = Named("dice", 5)
print(n.name, n.random() == random.Random(5).random(), vars(n))
print(isinstance(n, random.Random), [c.__name__ for c in type(n).__mro__])
print(random.Random.random, random.Random.random.__qualname__)


class NoInit(random.Random):
    def __init__(self):
        pass


# Never seeded: the generator's state is all zeros, as in CPython.
z = NoInit()
print(z.random(), z.getrandbits(40))
z.seed(4)
print(z.random())

# __iter__/__next__: an iterator class, and an iterable returning a generator.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * i
            i += 1

r = Range2(4)
print(list(r), list(r), sum(r), 9 in r)
it = iter(r)
print(next(it), next(it))
for a, b in zip(Range2(3), Countdown(3)):
    print(a, b)

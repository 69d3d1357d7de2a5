# next() on an iterator class: the StopIteration its __next__ raises comes
# out with that frame in the traceback; a default replaces it.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration("finished")
        self.current -= 1
        return self.current + 1


it = Countdown(1)
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("caught", e.args)
print(list(Countdown(3)))
next(it)
